package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A spreadsheet download: UTF-8 with a byte-order mark, without which spreadsheet software reads Chinese as
 * the local code page; amounts as exact plain decimals, never grouped or rounded, so a sum in the sheet is exact.
 */
final class Csv {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What spreadsheet software reads as a date and time; ISO-8601's T, fractions and Z leave it a text. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    /** An amount as the platform writes it; a negative one (a settlement's net position) stays a number. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    static void write(HttpServletResponse response, String filename, List<String> headers, List<List<Object>> rows)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        StringBuilder text = new StringBuilder();
        line(text, headers);
        for (List<Object> row : rows) {
            line(text, row);
        }
        OutputStream out = response.getOutputStream();
        out.write(BYTE_ORDER_MARK);
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void line(StringBuilder text, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    /**
     * Quoted when it holds a separator, a quote or a line break. A text a spreadsheet would run as a formula (a
     * leading =, +, -, @, tab or carriage return: a title such as "-2+3" or "=HYPERLINK(…)") is defused by a leading
     * apostrophe; only a plain amount may start with a minus.
     */
    private static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !AMOUNT.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}

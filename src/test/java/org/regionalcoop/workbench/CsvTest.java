package org.regionalcoop.workbench;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheet as a Chinese reader's Excel or WPS opens it: what a participant typed (a title, a reason) never
 * runs as a formula there, while amounts, negative ones too, stay numbers a sum adds up exactly.
 */
class CsvTest {

    @Test
    void aTextThatASpreadsheetWouldRunAsAFormulaIsDefusedAndAnAmountStaysANumber() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Csv.write(response, "ledger.csv", List.of("协议", "金额（元）"), List.of(
                List.of("=HYPERLINK(\"http://example.org\",\"湘江\")", "1234567.89"),
                List.of("+86 交通", "-617283.95"),
                List.of("-2+3 长株潭", "0.01"),
                List.of("@SUM(A1:A9)", "-1"),
                List.of("\t=1+1", "10"),
                List.of("湘江沿岸交通 -2+3", "-0.50")));

        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "协议,金额（元）",
                "\"'=HYPERLINK(\"\"http://example.org\"\",\"\"湘江\"\")\",1234567.89",
                "'+86 交通,-617283.95",
                "'-2+3 长株潭,0.01",
                "'@SUM(A1:A9),-1",
                "'\t=1+1,10",
                "湘江沿岸交通 -2+3,-0.50");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    }
}

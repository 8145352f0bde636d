package org.regionalcoop.workbench;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The workbench speaks Chinese or English: the browser's Accept-Language chooses first, a {@code lang}
 * parameter on any page switches, and a cookie remembers the switch.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;
    static final String PARAMETER = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("workbench-language");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSecure(true);
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return supported(super.parseLocaleValue(value));
            }
        };
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    /** The first language of the browser's list the workbench speaks; English when it speaks none of them. */
    private static Locale fromBrowser(HttpServletRequest request) {
        List<Locale> wanted = Collections.list(request.getLocales());
        return wanted.stream().filter(locale -> speaks(locale.getLanguage())).findFirst()
                .map(Languages::supported).orElse(ENGLISH);
    }

    private static boolean speaks(String language) {
        return CHINESE.getLanguage().equals(language) || ENGLISH.getLanguage().equals(language);
    }

    private static Locale supported(Locale locale) {
        return locale != null && CHINESE.getLanguage().equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }
}

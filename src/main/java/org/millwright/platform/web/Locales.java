package org.millwright.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Spanish or English, chosen by {@code Accept-Language}; English when nothing matches. */
@Configuration(proxyBeanMethods = false)
public class Locales {

    public static final Locale SPANISH = Locale.of("es");
    private static final AcceptHeaderLocaleResolver RESOLVER = new AcceptHeaderLocaleResolver();

    static {
        RESOLVER.setSupportedLocales(List.of(Locale.ENGLISH, SPANISH));
        RESOLVER.setDefaultLocale(Locale.ENGLISH);
    }

    public static Locale resolve(HttpServletRequest request) {
        return RESOLVER.resolveLocale(request);
    }

    @Bean
    LocaleResolver localeResolver() {
        return RESOLVER;
    }
}

package org.millwright.maintenance.web;

import java.util.Locale;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.request.MaintenanceRequests;
import org.millwright.platform.web.Locales;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages of the public request form: plain HTML with its style inline, no script, no external
 * resource, readable on an old phone browser. Every text that is not the page's own (the asset's
 * code and name, what the reporter typed, messages with their values) is HTML-escaped.
 */
@Component
class PublicRequestPages {

    private static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;margin:0;padding:12px;"
            + "max-width:36em;color:#111;background:#fff;line-height:1.4}"
            + "h1{font-size:1.4em;margin:.3em 0}.asset{background:#eef3f8;padding:8px;border-radius:4px}"
            + "label{display:block;font-weight:bold;margin-top:12px}"
            + "textarea,input{width:100%;box-sizing:border-box;font-size:1em;padding:6px;margin-top:4px}"
            + "button{margin-top:16px;width:100%;font-size:1.1em;padding:10px;background:#0b5cad;color:#fff;"
            + "border:0;border-radius:4px}.error{background:#fde8e8;color:#8a1212;padding:8px;border-radius:4px}"
            + ".ref{font-size:1.5em;font-weight:bold;letter-spacing:.05em}.hint{font-weight:normal;color:#555}"
            + ".lang{margin-top:24px;font-size:.9em}";

    private final MessageSource messages;
    private final MaintenanceSettings settings;

    PublicRequestPages(MessageSource messages, MaintenanceSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** The form for an asset; {@code error} (already a message) and the values typed are shown again. */
    String form(String token, String code, String name, Locale locale, Values values, String error) {
        long photoMb = Math.max(1, settings.publicRequests().maxPhotoSize().toMegabytes());
        int maxText = settings.publicRequests().maxTextLength();
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(text("public.title", locale)).append("</h1>\n");
        body.append(asset(code, name));
        body.append("<p>").append(text("public.intro", locale)).append("</p>\n");
        if (error != null) {
            body.append("<p class=\"error\">").append(escape(error)).append("</p>\n");
        }
        body.append("<form method=\"post\" action=\"")
                .append(escape(token))
                .append("\" enctype=\"multipart/form-data\" accept-charset=\"UTF-8\">\n")
                .append("<input type=\"hidden\" name=\"lang\" value=\"")
                .append(locale.getLanguage())
                .append("\">\n");
        body.append(label("description", text("public.description", locale), text("public.required", locale)))
                .append("<textarea id=\"description\" name=\"description\" rows=\"5\" required maxlength=\"")
                .append(maxText)
                .append("\">")
                .append(escape(values.description()))
                .append("</textarea>\n");
        body.append(label("name", text("public.name", locale), text("public.optional", locale)))
                .append(input("name", "text", MaintenanceRequests.MAX_NAME, values.name()));
        body.append(label("contact", text("public.contact", locale), text("public.optional", locale)))
                .append(input("contact", "text", MaintenanceRequests.MAX_CONTACT, values.contact()));
        body.append(label("photo", text("public.photo", locale), text("public.photo-hint", locale, photoMb)))
                .append("<input id=\"photo\" name=\"photo\" type=\"file\""
                        + " accept=\"image/jpeg,image/png,image/webp\">\n");
        body.append("<button type=\"submit\">")
                .append(text("public.submit", locale))
                .append("</button>\n</form>\n");
        body.append(otherLanguage(token, locale));
        return page(locale, text("public.title", locale) + " " + escape(code), body);
    }

    /** The thank-you page with the request's reference. */
    String thanks(String token, String code, String name, Locale locale, String reference, String reporter) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>")
                .append(
                        reporter == null
                                ? text("public.thanks", locale)
                                : text("public.thanks-named", locale, reporter))
                .append("</h1>\n");
        body.append(asset(code, name));
        body.append("<p>").append(text("public.received", locale)).append("</p>\n");
        body.append("<p class=\"ref\">").append(escape(reference)).append("</p>\n");
        body.append("<p>").append(text("public.follow-up", locale)).append("</p>\n");
        body.append("<p><a href=\"")
                .append(escape(token))
                .append("?lang=")
                .append(locale.getLanguage())
                .append("\">")
                .append(text("public.another", locale))
                .append("</a></p>\n");
        return page(locale, text("public.thanks", locale), body);
    }

    /** The page of an unknown or replaced code. */
    String notFound(Locale locale) {
        String body = "<h1>" + text("public.not-found", locale) + "</h1>\n<p>" + text("public.not-found-text", locale)
                + "</p>\n";
        return page(locale, text("public.not-found", locale), new StringBuilder(body));
    }

    /** A page that only says why nothing was sent (too many requests). */
    String refused(Locale locale, String message) {
        String body =
                "<h1>" + text("public.not-sent", locale) + "</h1>\n<p class=\"error\">" + escape(message) + "</p>\n";
        return page(locale, text("public.not-sent", locale), new StringBuilder(body));
    }

    /** A message of the bundle with its values escaped (the bundle's own text is trusted). */
    String text(String key, Locale locale, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = args[i] instanceof String s ? escape(s) : args[i];
        }
        return messages.getMessage(key, escaped, key, locale);
    }

    private static String page(Locale locale, String title, StringBuilder body) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>"
                + title + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String asset(String code, String name) {
        return "<p class=\"asset\"><strong>" + escape(code) + "</strong> " + escape(name) + "</p>\n";
    }

    private static String label(String field, String label, String hint) {
        return "<label for=\"" + field + "\">" + label + " <span class=\"hint\">" + hint + "</span></label>\n";
    }

    private static String input(String field, String type, int maxLength, String value) {
        return "<input id=\"" + field + "\" name=\"" + field + "\" type=\"" + type + "\" maxlength=\"" + maxLength
                + "\" value=\"" + escape(value) + "\">\n";
    }

    private String otherLanguage(String token, Locale locale) {
        boolean spanish = Locales.SPANISH.getLanguage().equals(locale.getLanguage());
        String other = spanish ? "en" : "es";
        String label = spanish ? "English" : "Español";
        return "<p class=\"lang\"><a href=\"" + escape(token) + "?lang=" + other + "\" hreflang=\"" + other + "\">"
                + label + "</a></p>\n";
    }

    static String escape(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }

    /** What the reporter typed, shown again when the form comes back with an error. */
    record Values(String description, String name, String contact) {}
}

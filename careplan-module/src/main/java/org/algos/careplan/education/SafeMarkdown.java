package org.algos.careplan.education;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the small Markdown subset of the education texts to HTML: {@code ## heading} and
 * {@code ### heading}, paragraphs separated by a blank line, {@code - } bullet lists,
 * {@code 1. } numbered lists (an indented line continues the item above it), {@code **strong**}
 * and {@code *emphasis*}. Every character of the
 * text is escaped first, so the output contains no tag, attribute or entity that this class did
 * not write itself; there are no links, images or raw HTML.
 *
 * <p>Headings start at {@code h3}: the page that shows a text already has its {@code h1} and
 * {@code h2}.
 */
public final class SafeMarkdown {

    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![*\\w])");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s+(.*)$");

    private enum Block { NONE, PARAGRAPH, BULLETS, NUMBERS }

    private SafeMarkdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        Block open = Block.NONE;
        List<String> item = new ArrayList<>();
        for (String raw : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            Matcher numbered = NUMBERED.matcher(line);
            boolean inList = open == Block.BULLETS || open == Block.NUMBERS;
            if (inList && !line.isEmpty() && Character.isWhitespace(raw.charAt(0))) {
                // An indented line continues the list item above it.
                item.add(line);
                continue;
            }
            if (inList) {
                endItem(item, html);
            }
            if (line.isEmpty()) {
                open = close(open, paragraph, html);
            } else if (line.startsWith("### ") || line.startsWith("## ")) {
                open = close(open, paragraph, html);
                String tag = line.startsWith("### ") ? "h4" : "h3";
                html.append('<').append(tag).append('>').append(inline(line.substring(line.indexOf(' ') + 1).strip()))
                        .append("</").append(tag).append(">\n");
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                if (open != Block.BULLETS) {
                    close(open, paragraph, html);
                    html.append("<ul>\n");
                    open = Block.BULLETS;
                }
                item.add(line.substring(2).strip());
            } else if (numbered.matches()) {
                if (open != Block.NUMBERS) {
                    close(open, paragraph, html);
                    html.append("<ol>\n");
                    open = Block.NUMBERS;
                }
                item.add(numbered.group(1).strip());
            } else {
                if (open != Block.PARAGRAPH) {
                    close(open, paragraph, html);
                    open = Block.PARAGRAPH;
                }
                paragraph.add(line);
            }
        }
        endItem(item, html);
        close(open, paragraph, html);
        return html.toString().strip();
    }

    /** Writes the list item collected so far, if any. */
    private static void endItem(List<String> item, StringBuilder html) {
        if (!item.isEmpty()) {
            html.append("<li>").append(inline(String.join(" ", item))).append("</li>\n");
            item.clear();
        }
    }

    private static Block close(Block open, List<String> paragraph, StringBuilder html) {
        switch (open) {
            case PARAGRAPH -> {
                html.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>\n");
                paragraph.clear();
            }
            case BULLETS -> html.append("</ul>\n");
            case NUMBERS -> html.append("</ol>\n");
            case NONE -> {
                // nothing open
            }
        }
        return Block.NONE;
    }

    private static String inline(String text) {
        String escaped = escape(text);
        escaped = STRONG.matcher(escaped).replaceAll("<strong>$1</strong>");
        return EMPHASIS.matcher(escaped).replaceAll("<em>$1</em>");
    }

    /** Escapes the five characters that carry meaning in HTML text and attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

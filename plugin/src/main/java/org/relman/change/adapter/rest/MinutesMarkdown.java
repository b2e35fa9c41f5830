package org.relman.change.adapter.rest;

import org.relman.change.app.Agendas;

/**
 * A frozen agenda's minutes as Markdown. Everything people typed (titles, summaries, comments) is escaped,
 * so a comment cannot add headings, links or HTML when the minutes are rendered.
 */
final class MinutesMarkdown {
    private MinutesMarkdown() {
    }

    static String of(Agendas.AgendaView view) {
        StringBuilder md = new StringBuilder();
        md.append("# Minutes: ").append(text(view.agenda().title())).append("\n\n");
        md.append("- CAB: ").append(text(view.cab().name())).append('\n');
        if (view.agenda().meetingAt() != null) {
            md.append("- Meeting: ").append(view.agenda().meetingAt()).append('\n');
        }
        md.append("- Agenda frozen: ").append(view.agenda().frozenAt()).append(" by ")
                .append(view.frozenBy() == null ? "unknown" : text(view.frozenBy().displayName())).append('\n');
        md.append("- RFCs: ").append(view.items().size());
        if (view.hidden() > 0) {
            md.append(" (and ").append(view.hidden()).append(" you may not see)");
        }
        md.append("\n");
        for (Agendas.ItemView item : view.items()) {
            md.append("\n## ").append(text(item.rfcKey())).append(": ").append(text(item.summary())).append("\n\n");
            md.append("- Round ").append(item.round()).append(", ").append(item.open() ? "still open" : "closed").append('\n');
            md.append("- Decision: ").append(item.decision() == null ? Codes.of(item.outcome()) : Codes.decision(item.decision()))
                    .append(" (").append(text(item.reason())).append(")\n");
            md.append("- Votes:").append(item.votes().isEmpty() ? " none\n" : "\n");
            for (Agendas.VoteLine vote : item.votes()) {
                md.append("  - ").append(text(vote.voter().displayName()));
                if (vote.onBehalfOf() != null) {
                    md.append(" for ").append(text(vote.onBehalfOf().displayName()));
                }
                md.append(": ").append(vote.vote().code()).append(", ").append(vote.castAt());
                if (vote.revision() > 1) {
                    md.append(" (changed vote, revision ").append(vote.revision()).append(')');
                }
                if (vote.comment() != null) {
                    md.append(" — ").append(text(vote.comment()));
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** One line of literal text: Markdown and HTML specials are backslash-escaped or replaced, line breaks become spaces. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.replaceAll("\\s+", " ").toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '!', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

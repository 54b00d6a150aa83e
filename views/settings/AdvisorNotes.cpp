#include "AdvisorNotes.h"

namespace hvdesk {

AdvisorNotes::AdvisorNotes(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Advice"));
    setVisible(false);
}

void AdvisorNotes::setNotes(const Diagnostics &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    QStringList lines;
    for (const Diagnostic &d : notes) {
        const QString mark = d.severity == Diagnostic::Severity::Info ? QStringLiteral("&#9432;") // circled i
                                                                       : QStringLiteral("&#9888;"); // warning sign
        QString line = mark + QStringLiteral("&nbsp;") + d.message.toHtmlEscaped();
        if (!d.fix.isEmpty())
            line += QLatin1Char(' ') + d.fix.toHtmlEscaped();
        lines << line;
    }
    setText(lines.join(QStringLiteral("<br>")));
    setAccessibleDescription(text());
    setVisible(!notes.isEmpty());
}

} // namespace hvdesk

#include "AdvisorNotes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace hvdesk {

AdvisorNotes::AdvisorNotes(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 4, 0, 0);
    m_layout->setSpacing(6);
    setAccessibleName(tr("Advice"));
    setVisible(false);
}

QString AdvisorNotes::text() const
{
    QStringList lines;
    for (const Diagnostic &d : m_notes)
        lines << (d.fix.isEmpty() ? d.message : d.message + QLatin1Char(' ') + d.fix);
    return lines.join(QLatin1Char('\n'));
}

void AdvisorNotes::setNotes(const Diagnostics &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (const Diagnostic &d : notes) {
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(this);
        icon->setPixmap(style()
                            ->standardIcon(d.severity == Diagnostic::Severity::Info ? QStyle::SP_MessageBoxInformation
                                                                                    : QStyle::SP_MessageBoxWarning,
                                           nullptr, this)
                            .pixmap(iconSize, iconSize));
        icon->setAlignment(Qt::AlignTop);
        auto *label = new QLabel(d.fix.isEmpty() ? d.message : d.message + QLatin1Char(' ') + d.fix, this);
        label->setObjectName(QStringLiteral("note_") + d.id);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(label, 1);
        m_layout->addLayout(row);
    }
    setAccessibleDescription(text());
    setVisible(!notes.isEmpty());
}

} // namespace hvdesk

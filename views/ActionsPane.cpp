#include "ActionsPane.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace hvdesk {

ActionsPane::ActionsPane(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("actionsPane"));
    setAccessibleName(tr("Actions"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(0);
    setWidget(m_content);
    setMinimumWidth(180);
}

void ActionsPane::setSections(const QList<Section> &sections)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *header = new QLabel(tr("Actions"), m_content);
    QFont f = header->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    header->setFont(f);
    m_layout->addWidget(header);
    for (const Section &section : sections) {
        auto *title = new QLabel(section.title, m_content);
        title->setObjectName(QStringLiteral("actionsSectionTitle"));
        title->setAutoFillBackground(true);
        title->setBackgroundRole(QPalette::Mid);
        title->setForegroundRole(QPalette::BrightText);
        title->setContentsMargins(6, 3, 6, 3);
        QFont tf = title->font();
        tf.setBold(true);
        title->setFont(tf);
        m_layout->addSpacing(6);
        m_layout->addWidget(title);
        for (QAction *action : section.actions) {
            if (!action->isVisible())
                continue;
            auto *button = new QToolButton(m_content);
            button->setDefaultAction(action);
            if (action->icon().isNull()) {
                // Without an icon a tool button centres its text; keep every label aligned.
                QPixmap blank(16, 16);
                blank.fill(Qt::transparent);
                button->setIcon(QIcon(blank));
            }
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            button->setAutoRaise(true);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            button->setObjectName(QStringLiteral("pane_") + action->objectName());
            m_layout->addWidget(button);
        }
    }
    m_layout->addStretch(1);
}

} // namespace hvdesk

#include "SettingsPage.h"

#include <views/NumberEdit.h>

#include <QLabel>
#include <QVBoxLayout>

namespace hvdesk {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{
}

QWidget *SettingsPage::widgetForField(const QString &) const
{
    return nullptr;
}

bool SettingsPage::isChanged(const VmSettings &original) const
{
    VmSettings copy = original;
    writeBack(copy);
    return !VmSettingsChange::between(QString(), original, copy).isEmpty();
}

Diagnostics SettingsPage::inputErrors() const
{
    Diagnostics out;
    for (const NumberEdit *edit : findChildren<NumberEdit *>()) {
        if (!edit->isEnabledTo(this) || edit->isValid())
            continue;
        const Error e = edit->error();
        out << Diagnostic{Diagnostic::Severity::Error, QStringLiteral("input.number"), e.field, e.message, e.fix};
    }
    return out;
}

bool SettingsPage::hasInvalidInput() const
{
    return !inputErrors().isEmpty();
}

void SettingsPage::addHeading(QVBoxLayout *layout, const QString &title, const QString &description)
{
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont f = heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    heading->setFont(f);
    layout->addWidget(heading);
    if (!description.isEmpty()) {
        auto *text = new QLabel(description, this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    layout->addSpacing(4);
}

} // namespace hvdesk

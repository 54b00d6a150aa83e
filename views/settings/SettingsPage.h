#pragma once

#include "SettingsContext.h"

#include <models/Diagnostic.h>
#include <models/VmSettings.h>

#include <QWidget>

class QVBoxLayout;

namespace hvdesk {

// One page of the VM Settings dialog. The dialog loops over its pages: load() puts values into
// the controls, writeBack() puts the controls' values into a VmSettings, validate() reports
// what is wrong (errors block Apply), updateContext() refreshes gating, granted values and
// notes without touching the user's edits. A page emits changed() on every edit.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    // The title in the hardware tree and above the page.
    virtual QString title() const = 0;
    virtual void load(const VmSettings &settings) = 0;
    virtual void writeBack(VmSettings &settings) const = 0;
    virtual Diagnostics validate(const SettingsContext &context) const = 0;
    virtual void updateContext(const SettingsContext &context) = 0;
    // The control a diagnostic's field names, to focus it; nullptr when not on this page.
    virtual QWidget *widgetForField(const QString &field) const;
    // The adapter this page edits; empty for VM-wide pages.
    virtual QString adapterId() const { return QString(); }

    // Whether this page's values differ from `original`.
    bool isChanged(const VmSettings &original) const;

    // The page's numeric fields (NumberEdit) whose text is not a value in range, as errors that
    // name the field, the typed text, the range and the unit. A disabled field does not count:
    // it is not applied. Such a field is written back as loaded, so it adds no command; it is
    // still a change, which Apply refuses naming it.
    Diagnostics inputErrors() const;
    bool hasInvalidInput() const;

signals:
    void changed();

protected:
    // The page's heading and one-line description, as Hyper-V Manager puts them on top.
    void addHeading(QVBoxLayout *layout, const QString &title, const QString &description);
};

} // namespace hvdesk

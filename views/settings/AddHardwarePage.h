#pragma once

#include "SettingsPage.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace hvdesk {

// Add Hardware: the devices that can be added; here a network adapter, which Hyper-V allows only
// while the virtual machine is off. Edits nothing itself: Add asks the dialog for a new adapter.
class AddHardwarePage : public SettingsPage
{
    Q_OBJECT

public:
    explicit AddHardwarePage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const VmSettings &) override {}
    void writeBack(VmSettings &) const override {}
    Diagnostics validate(const SettingsContext &) const override { return {}; }
    void updateContext(const SettingsContext &context) override;

signals:
    void addAdapterRequested();

private:
    QListWidget *m_devices;
    QPushButton *m_add;
    QLabel *m_reason;
};

} // namespace hvdesk

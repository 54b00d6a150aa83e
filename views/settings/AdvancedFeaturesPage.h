#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace hvdesk {

class AdvisorNotes;

// Network Adapter > Advanced Features: MAC address (dynamic or static, 12 hex digits,
// unicast; changeable only while the VM is off), MAC address spoofing, DHCP guard, router
// guard, protected network, port mirroring, NIC teaming in the guest and device naming.
class AdvancedFeaturesPage : public SettingsPage
{
    Q_OBJECT

public:
    AdvancedFeaturesPage(const QString &adapterId, QWidget *parent = nullptr);

    QString title() const override;
    void load(const VmSettings &settings) override;
    void writeBack(VmSettings &settings) const override;
    Diagnostics validate(const SettingsContext &context) const override;
    void updateContext(const SettingsContext &context) override;
    QWidget *widgetForField(const QString &field) const override;
    QString adapterId() const override { return m_adapterId; }

private:
    void emitChanged();
    void updateEnablement();

    QString m_adapterId;
    NetworkAdapterSettings m_loaded;
    SettingsContext m_context;
    bool m_loading = false;
    QString m_macReason; // why the MAC address cannot change now

    QRadioButton *m_dynamic;
    QRadioButton *m_static;
    QLineEdit *m_mac;
    QLabel *m_macReasonLabel;
    QCheckBox *m_spoofing;
    QCheckBox *m_dhcpGuard;
    QCheckBox *m_routerGuard;
    QCheckBox *m_protected;
    QComboBox *m_mirroring;
    QCheckBox *m_teaming;
    QCheckBox *m_deviceNaming;
    QLabel *m_protectedReasonLabel;    // why the host has no protected network
    QLabel *m_deviceNamingReasonLabel; // why the host or VM has no device naming
    AdvisorNotes *m_notes;
};

} // namespace hvdesk

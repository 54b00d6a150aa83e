#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QLabel;

namespace hvdesk {

class AdvisorNotes;
class NumberEdit;

// Network Adapter > Hardware Acceleration: virtual machine queue, IPsec task offloading with
// the maximum number of offloaded security associations, and SR-IOV. Beside each: what is
// requested, what the host granted (queue, SAs in use, virtual function or the fallback to the
// synthetic path with its reason), and what the switch has left.
class HardwareAccelerationPage : public SettingsPage
{
    Q_OBJECT

public:
    HardwareAccelerationPage(const QString &adapterId, QWidget *parent = nullptr);

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
    QString m_iovReason; // why SR-IOV cannot be turned on, empty when it can

    QCheckBox *m_vmq;
    QLabel *m_vmqActual;
    QCheckBox *m_ipsec;
    NumberEdit *m_ipsecMax;
    QLabel *m_ipsecActual;
    QCheckBox *m_iov;
    QLabel *m_iovReasonLabel;
    QLabel *m_iovActual;
    QLabel *m_capacity;
    AdvisorNotes *m_notes;
};

} // namespace hvdesk

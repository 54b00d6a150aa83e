#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace hvdesk {

class AdvisorNotes;
class NumberEdit;

// Network Adapter: the virtual switch (or Not connected), VLAN identification and bandwidth
// management, with the switch's reservation mode and remaining link capacity, and Remove.
class NetworkAdapterPage : public SettingsPage
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBandwidthMbps = NetworkAdapterSettings::BandwidthMaxMbps;

    NetworkAdapterPage(const QString &adapterId, QWidget *parent = nullptr);

    QString title() const override;
    void load(const VmSettings &settings) override;
    void writeBack(VmSettings &settings) const override;
    Diagnostics validate(const SettingsContext &context) const override;
    void updateContext(const SettingsContext &context) override;
    QWidget *widgetForField(const QString &field) const override;
    QString adapterId() const override { return m_adapterId; }

    // The switch chosen in the combo (empty: Not connected).
    QString selectedSwitch() const;

signals:
    void removeRequested(const QString &adapterId);

private:
    enum class MinimumMode { Unavailable, Absolute, Weight };
    MinimumMode minimumMode() const;
    void updateMinimumControls();
    void emitChanged();

    QString m_adapterId;
    NetworkAdapterSettings m_loaded;
    SettingsContext m_context;
    bool m_loading = false;

    QComboBox *m_switch;
    QLabel *m_switchInfo;
    QCheckBox *m_vlanEnabled;
    NumberEdit *m_vlanId;
    QCheckBox *m_bandwidthEnabled;
    NumberEdit *m_minimum;
    QLabel *m_minimumUnit;
    QLabel *m_minimumReason;
    NumberEdit *m_maximum;
    QLabel *m_capacity;
    QLabel *m_status;
    AdvisorNotes *m_notes;
    QPushButton *m_remove;
    QLabel *m_removeReason;
};

} // namespace hvdesk

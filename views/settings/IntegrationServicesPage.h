#pragma once

#include "SettingsPage.h"

#include <QMap>

class QCheckBox;
class QLabel;

namespace hvdesk {

// Integration Services: the six services with their checkboxes and each one's status as the
// host reports it (OK, protocol mismatch, no contact, lost communication), and the guest's
// integration services version beside the host's.
class IntegrationServicesPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit IntegrationServicesPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const VmSettings &settings) override;
    void writeBack(VmSettings &settings) const override;
    Diagnostics validate(const SettingsContext &context) const override;
    void updateContext(const SettingsContext &context) override;
    QWidget *widgetForField(const QString &field) const override;

    QCheckBox *checkBox(IntegrationServiceKind kind) const { return m_boxes.value(kind); }

private:
    QMap<IntegrationServiceKind, QCheckBox *> m_boxes;
    QMap<IntegrationServiceKind, QLabel *> m_status;
    QLabel *m_versions;
    QLabel *m_unavailable;
    bool m_loading = false;
};

} // namespace hvdesk

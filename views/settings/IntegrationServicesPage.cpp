#include "IntegrationServicesPage.h"

#include <models/IntegrationServicesCheck.h>

#include <models/Version.h>

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace hvdesk {

IntegrationServicesPage::IntegrationServicesPage(QWidget *parent)
    : SettingsPage(parent)
    , m_versions(new QLabel(this))
    , m_unavailable(new QLabel(this))
{
    setObjectName(QStringLiteral("integrationServicesPage"));
    setAccessibleName(tr("Integration Services"));
    auto *layout = new QVBoxLayout(this);
    addHeading(layout, tr("Integration Services"),
               tr("Select the services that you want Hyper-V to offer to this virtual machine. To use the services "
                  "you select, they must be supported by the guest operating system."));

    auto *box = new QGroupBox(tr("Services"), this);
    auto *grid = new QGridLayout(box);
    auto *statusHeader = new QLabel(tr("Status"), this);
    QFont bold = statusHeader->font();
    bold.setBold(true);
    statusHeader->setFont(bold);
    auto *serviceHeader = new QLabel(tr("Service"), this);
    serviceHeader->setFont(bold);
    grid->addWidget(serviceHeader, 0, 0);
    grid->addWidget(statusHeader, 0, 1);
    int row = 1;
    for (IntegrationServiceKind kind : IntegrationServiceNames::all()) {
        auto *check = new QCheckBox(IntegrationServiceNames::displayName(kind), this);
        check->setObjectName(QStringLiteral("service_") + IntegrationServiceNames::key(kind));
        check->setAccessibleName(IntegrationServiceNames::displayName(kind));
        auto *status = new QLabel(this);
        status->setObjectName(QStringLiteral("serviceStatus_") + IntegrationServiceNames::key(kind));
        status->setAccessibleName(tr("%1 status").arg(IntegrationServiceNames::displayName(kind)));
        grid->addWidget(check, row, 0);
        grid->addWidget(status, row, 1);
        m_boxes.insert(kind, check);
        m_status.insert(kind, status);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit changed();
        });
        ++row;
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(box);

    m_versions->setObjectName(QStringLiteral("integrationVersions"));
    m_versions->setWordWrap(true);
    m_versions->setTextFormat(Qt::RichText);
    layout->addWidget(m_versions);
    m_unavailable->setObjectName(QStringLiteral("integrationUnavailable"));
    m_unavailable->setWordWrap(true);
    layout->addWidget(m_unavailable);
    layout->addStretch(1);
}

QString IntegrationServicesPage::title() const
{
    return tr("Integration Services");
}

void IntegrationServicesPage::load(const VmSettings &settings)
{
    m_loading = true;
    for (const IntegrationService &s : settings.integrationServices) {
        if (QCheckBox *c = m_boxes.value(s.kind))
            c->setChecked(s.enabled);
    }
    m_loading = false;
}

void IntegrationServicesPage::writeBack(VmSettings &settings) const
{
    for (IntegrationService &s : settings.integrationServices) {
        if (QCheckBox *c = m_boxes.value(s.kind))
            s.enabled = c->isChecked();
    }
}

Diagnostics IntegrationServicesPage::validate(const SettingsContext &) const
{
    return {}; // every combination is legal; what it means shows as status
}

void IntegrationServicesPage::updateContext(const SettingsContext &context)
{
    const QString missing = context.missing(Capability::IntegrationServices);
    for (QCheckBox *c : std::as_const(m_boxes)) {
        c->setEnabled(missing.isEmpty());
        c->setToolTip(missing);
    }
    m_unavailable->setText(missing);
    m_unavailable->setVisible(!missing.isEmpty());

    for (const IntegrationService &s : context.vm.integrationServices.services) {
        QLabel *label = m_status.value(s.kind);
        if (!label)
            continue;
        QString text = IntegrationServiceNames::displayName(s.status);
        if (s.status == IntegrationServiceStatus::ProtocolMismatch)
            text = tr("%1 (the guest's component is older than the host's)").arg(text);
        label->setText(text);
    }

    const QString guest = context.vm.integrationServices.guestVersion;
    const QString host = context.host.integrationServicesVersion;
    if (context.host.guestProvidedIntegration) {
        // The guest brings its own agent: no host version to hold it against.
        const IntegrationFinding f = IntegrationServicesCheck::checkVm(context.vm, &context.host);
        m_versions->setText(tr("<b>QEMU guest agent:</b> %1<br>%2")
                                .arg(guest.isEmpty() ? tr("not reported") : guest.toHtmlEscaped(),
                                     QString(f.reason + (f.action.isEmpty() ? QString() : QLatin1Char(' ') + f.action)).toHtmlEscaped()));
        return;
    }
    QString verdict;
    if (guest.isEmpty())
        verdict = tr("Integration services are not installed in the guest, or it has not reported a version.");
    else if (Version::parse(guest) < Version::parse(host))
        verdict = tr("The guest's integration services are older than the host's: an upgrade is needed "
                     "(Action > Insert Integration Services Setup Disk).");
    else
        verdict = tr("The guest's integration services are current.");
    m_versions->setText(tr("<b>Guest version:</b> %1 &nbsp; <b>Host version:</b> %2<br>%3")
                            .arg(guest.isEmpty() ? tr("not reported") : guest.toHtmlEscaped(), host.toHtmlEscaped(),
                                 verdict.toHtmlEscaped()));
}

QWidget *IntegrationServicesPage::widgetForField(const QString &field) const
{
    bool ok = false;
    const IntegrationServiceKind kind = IntegrationServiceNames::fromKey(field, &ok);
    return ok ? m_boxes.value(kind) : nullptr;
}

} // namespace hvdesk

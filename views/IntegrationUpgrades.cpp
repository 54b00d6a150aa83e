#include "IntegrationUpgrades.h"

#include "Dialogs.h"

#include "Icons.h"

#include <models/ConfigurationVersion.h>
#include <models/HostBackend.h>
#include <models/IntegrationServicesCheck.h>
#include <models/JobQueue.h>
#include <models/PowerShellBuilder.h>

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace hvdesk {


namespace {

struct Candidate
{
    VmSelection selection;
    const VmInfo *vm = nullptr;
    std::optional<HostInfo> host;
    Error refusal;
};

QList<Candidate> evaluate(const QList<VmSelection> &selection, Capability capability, bool setupDisk)
{
    QList<Candidate> out;
    for (const VmSelection &sel : selection) {
        Candidate c;
        c.selection = sel;
        c.vm = sel.backend ? sel.backend->findVm(sel.vmId) : nullptr;
        if (!c.vm)
            continue;
        c.host = sel.backend->host(c.vm->hostName);
        if (sel.backend->connectionState() != ConnectionState::Connected) {
            c.refusal.code = QStringLiteral("connection.lost");
            c.refusal.message
                = IntegrationUpgrades::tr("%1: the connection to its host is not available.").arg(c.vm->name);
        } else if (!sel.backend->can(capability)) {
            c.refusal.code = QStringLiteral("capability.missing");
            c.refusal.message = IntegrationUpgrades::tr("%1: %2 is not available on this connection.")
                                    .arg(c.vm->name, CapabilityNames::displayName(capability));
        } else {
            const HostInfo *host = c.host ? &*c.host : nullptr;
            c.refusal = setupDisk ? IntegrationServicesCheck::canInsertSetupDisk(*c.vm, host)
                                  : ConfigurationVersion::canUpgrade(*c.vm, host);
        }
        out << c;
    }
    return out;
}

} // namespace

IntegrationUpgrades::IntegrationUpgrades(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_insertSetupDisk(new QAction(Icons::setupDisk(), tr("Insert Integration Services Setup &Disk..."), this))
    , m_upgradeConfiguration(new QAction(tr("Upgrade Configuration &Version..."), this))
    , m_queue(new JobQueue(MaxParallelSetups, this))
{
    m_insertSetupDisk->setObjectName(QStringLiteral("actionInsertSetupDisk"));
    m_insertSetupDisk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_insertSetupDisk->setStatusTip(
        tr("Upgrade the integration services of the selected virtual machines to their host's version"));
    // The Actions pane is narrow: its button says less, the tooltip says all.
    m_insertSetupDisk->setIconText(tr("Insert Setup Disk..."));
    m_upgradeConfiguration->setObjectName(QStringLiteral("actionUpgradeConfigurationVersion"));
    m_upgradeConfiguration->setIconText(tr("Upgrade Config. Version..."));
    m_upgradeConfiguration->setStatusTip(
        tr("Raise the configuration version of the selected virtual machines to their host's highest (one way)"));
    for (QAction *a : all())
        a->setShortcutContext(Qt::WindowShortcut);
    connect(m_insertSetupDisk, &QAction::triggered, this, [this] { insertSetupDisk(m_selection); });
    connect(m_upgradeConfiguration, &QAction::triggered, this, [this] { upgradeConfigurationVersion(m_selection); });
    connect(m_queue, &JobQueue::jobFinished, this, &IntegrationUpgrades::onJobFinished);
    update();
}

void IntegrationUpgrades::setSelection(const QList<VmSelection> &selection)
{
    m_selection = selection;
    update();
}

void IntegrationUpgrades::update()
{
    const auto gate = [this](QAction *action, Capability capability, bool setupDisk) {
        const QList<Candidate> candidates = evaluate(m_selection, capability, setupDisk);
        int eligible = 0;
        QString reason;
        for (const Candidate &c : candidates) {
            if (c.refusal.isNull())
                ++eligible;
            else if (reason.isEmpty())
                reason = c.refusal.text();
        }
        action->setEnabled(eligible > 0);
        action->setToolTip(eligible > 0 || reason.isEmpty() ? action->statusTip() : reason);
    };
    gate(m_insertSetupDisk, Capability::IntegrationServicesUpgrade, true);
    gate(m_upgradeConfiguration, Capability::ConfigurationVersionUpgrade, false);
}

bool IntegrationUpgrades::confirm(
    const QString &title, const QString &text, const QString &details, const QString &acceptText)
{
    // Over the window the user acted in (the main window or the report).
    QWidget *parent = QApplication::activeWindow() ? QApplication::activeWindow() : m_dialogParent;
    return Dialogs::confirm(parent,
        { QString(), title, text, details, acceptText, QStringLiteral("integrationUpgradeConfirmation") });
}

int IntegrationUpgrades::insertSetupDisk(const QList<VmSelection> &selection)
{
    const QList<Candidate> candidates = evaluate(selection, Capability::IntegrationServicesUpgrade, true);
    QStringList lines, skipped, commands;
    QList<VmSelection> go;
    for (const Candidate &c : candidates) {
        if (!c.refusal.isNull()) {
            skipped << c.refusal.text();
            continue;
        }
        lines << tr("%1 on %2: installed %3, offered %4")
                     .arg(c.vm->name, c.vm->hostName,
                         c.vm->integrationServices.guestVersion.isEmpty() ? tr("none")
                                                                          : c.vm->integrationServices.guestVersion,
                         c.host ? c.host->integrationServicesVersion : tr("unknown"));
        commands << PowerShellBuilder::insertSetupDisk(*c.vm);
        go << c.selection;
    }
    if (go.isEmpty()) {
        emit message(skipped.isEmpty() ? tr("No virtual machine is selected.") : skipped.first());
        return 0;
    }
    QString details = lines.join(QLatin1Char('\n'));
    if (!skipped.isEmpty())
        details += QStringLiteral("\n\n") + tr("Skipped:") + QLatin1Char('\n') + skipped.join(QLatin1Char('\n'));
    const QString text = go.size() == 1
        ? tr("Insert the Integration Services Setup Disk into '%1' and upgrade its integration services? "
             "The virtual machine must restart afterwards to finish.")
              .arg(go.first().backend->findVm(go.first().vmId)->name)
        : tr("Insert the Integration Services Setup Disk into %1 virtual machines and upgrade their integration "
             "services? "
             "Setup runs in up to %2 guests at a time; each must restart afterwards to finish.")
              .arg(go.size())
              .arg(MaxParallelSetups);
    if (!confirm(tr("Insert Integration Services Setup Disk"), text, details, tr("&Insert and Upgrade")))
        return 0;
    for (const VmSelection &sel : std::as_const(go)) {
        m_queue->enqueue([sel]() -> JobPtr {
            return sel.backend ? sel.backend->insertIntegrationServicesSetupDisk(sel.vmId) : JobPtr();
        });
    }
    emit commandIssued(commands.join(QLatin1Char('\n')));
    return int(go.size());
}

int IntegrationUpgrades::upgradeConfigurationVersion(const QList<VmSelection> &selection)
{
    const QList<Candidate> candidates = evaluate(selection, Capability::ConfigurationVersionUpgrade, false);
    QStringList lines, skipped, commands;
    QList<VmSelection> go;
    for (const Candidate &c : candidates) {
        if (!c.refusal.isNull()) {
            skipped << c.refusal.text();
            continue;
        }
        lines << tr("%1 on %2: %3 to %4")
                     .arg(c.vm->name, c.vm->hostName, c.vm->configurationVersion,
                         ConfigurationVersion::toString(c.host ? c.host->maxConfigurationVersion : -1));
        commands << PowerShellBuilder::upgradeConfigurationVersion(*c.vm);
        go << c.selection;
    }
    if (go.isEmpty()) {
        emit message(skipped.isEmpty() ? tr("No virtual machine is selected.") : skipped.first());
        return 0;
    }
    QString details = lines.join(QLatin1Char('\n'));
    if (!skipped.isEmpty())
        details += QStringLiteral("\n\n") + tr("Skipped:") + QLatin1Char('\n') + skipped.join(QLatin1Char('\n'));
    const QString oneWay = tr("This cannot be undone: an upgraded virtual machine no longer runs on hosts that support "
                              "only its current version.");
    const QString text
        = (go.size() == 1 ? tr("Upgrade the configuration version of '%1'?")
                                .arg(go.first().backend->findVm(go.first().vmId)->name)
                          : tr("Upgrade the configuration version of %1 virtual machines?").arg(go.size()))
        + QLatin1Char(' ') + oneWay;
    if (!confirm(tr("Upgrade Configuration Version"), text, details, tr("&Upgrade")))
        return 0;
    for (const VmSelection &sel : std::as_const(go)) {
        m_queue->enqueue(
            [sel]() -> JobPtr { return sel.backend ? sel.backend->upgradeConfigurationVersion(sel.vmId) : JobPtr(); });
    }
    emit commandIssued(commands.join(QLatin1Char('\n')));
    return int(go.size());
}

void IntegrationUpgrades::onJobFinished(const JobPtr &job)
{
    if (job->state() == Job::State::Failed)
        emit message(tr("%1 '%2' failed: %3").arg(job->title(), job->targetName(), job->error().text()));
    else if (job->state() == Job::State::Completed)
        emit message(tr("%1 '%2': %3.").arg(job->title(), job->targetName(), job->phase()));
    update();
}

} // namespace hvdesk

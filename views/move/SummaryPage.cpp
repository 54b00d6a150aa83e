#include "SummaryPage.h"

#include "MoveWizard.h"

#include <views/ScriptView.h>

#include <models/MigrationPaths.h>

#include <QLabel>
#include <QVBoxLayout>

namespace hvdesk {

SummaryPage::SummaryPage(QWidget *parent)
    : QWizardPage(parent)
    , m_text(new QLabel(this))
    , m_script(new ScriptView(QStringLiteral("PowerShell"), this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Completing the Move Wizard"));
    setSubTitle(tr("Check what will happen, then choose Move."));
    setCommitPage(true);
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_script->setObjectName(QStringLiteral("summaryScript"));
    m_script->setCaption(tr("The same in PowerShell:"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_script, 1);
}

void SummaryPage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    // What each move is comes from the requests the Move button submits (MigrationPaths::effective),
    // so the page, the PowerShell and the jobs cannot disagree.
    const QList<VmInfo> vms = w->vms();
    const QList<MigrationRequest> reqs = w->requests();
    auto kindText = [](MigrationType type) {
        switch (type) {
        case MigrationType::Live: return tr("Live migration (the files stay on shared storage)");
        case MigrationType::SharedNothing: return tr("Shared-nothing live migration (storage first, then the running state)");
        case MigrationType::Storage: return tr("Storage migration (the virtual machine keeps running)");
        case MigrationType::Staged: break;
        }
        return QString();
    };
    QStringList names;
    QStringList kinds;
    for (int i = 0; i < vms.size() && i < reqs.size(); ++i) {
        names << vms[i].name;
        if (!kinds.contains(kindText(reqs[i].type)))
            kinds << kindText(reqs[i].type);
    }
    QStringList lines;
    lines << tr("<b>Virtual machines:</b> %1").arg(names.join(QStringLiteral(", ")).toHtmlEscaped());
    if (kinds.size() <= 1) {
        lines << tr("<b>Move:</b> %1").arg(kinds.value(0));
    } else {
        for (int i = 0; i < vms.size() && i < reqs.size(); ++i)
            lines << tr("<b>Move of %1:</b> %2").arg(vms[i].name.toHtmlEscaped(), kindText(reqs[i].type));
    }
    lines << tr("<b>Destination:</b> %1").arg(w->destinationHost().toHtmlEscaped());
    for (int i = 0; i < vms.size() && i < reqs.size(); ++i) {
        if (reqs[i].type == MigrationType::Live)
            continue;
        for (const MigrationPaths::Item &item : MigrationPaths::items(vms[i], reqs[i])) {
            if (item.moves())
                lines << QStringLiteral("&nbsp;&nbsp;%1 &rarr; %2").arg(item.label.toHtmlEscaped(),
                                                                       item.destinationPath.toHtmlEscaped());
        }
    }
    int fixes = 0;
    for (const MigrationRequest &r : reqs)
        fixes += int(r.switchMapping.size());
    if (fixes > 0)
        lines << tr("<b>Network adapters:</b> %n mapped to other switches or disconnected", nullptr, fixes);
    if (w->isCrossConnection())
        lines << tr("<b>Destination URI:</b> %1").arg(w->destinationUri().toHtmlEscaped());
    m_text->setText(lines.join(QStringLiteral("<br>")));
    // A hypervisor with its own command line (libvirt: virsh migrate) shows that instead.
    const QString own = vms.isEmpty() ? QString() : w->backend()->migrationCommand(vms.first(), reqs.value(0));
    m_script->setDefinition(own.isEmpty() ? QStringLiteral("PowerShell") : QStringLiteral("Bash"));
    m_script->setCaption(own.isEmpty() ? tr("The same in PowerShell:") : tr("The same with virsh:"));
    m_script->setText(w->script());
}

bool SummaryPage::validatePage()
{
    static_cast<MoveWizard *>(wizard())->submit();
    return true;
}

} // namespace hvdesk

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
    QStringList lines;
    QString kind;
    switch (w->type()) {
    case MigrationType::Live: kind = tr("Live migration (the files stay on shared storage)"); break;
    case MigrationType::SharedNothing: kind = tr("Shared-nothing live migration (storage first, then the running state)"); break;
    case MigrationType::Storage: kind = tr("Storage migration (the virtual machine keeps running)"); break;
    case MigrationType::Staged: break;
    }
    QStringList names;
    for (const VmInfo &vm : w->vms())
        names << vm.name;
    lines << tr("<b>Virtual machines:</b> %1").arg(names.join(QStringLiteral(", ")).toHtmlEscaped())
          << tr("<b>Move:</b> %1").arg(kind)
          << tr("<b>Destination:</b> %1").arg(w->destinationHost().toHtmlEscaped());
    if (w->type() != MigrationType::Live) {
        const QList<VmInfo> vms = w->vms();
        const QList<MigrationRequest> reqs = w->requests();
        for (int i = 0; i < vms.size() && i < reqs.size(); ++i) {
            for (const MigrationPaths::Item &item : MigrationPaths::items(vms[i], reqs[i])) {
                if (item.moves())
                    lines << QStringLiteral("&nbsp;&nbsp;%1 &rarr; %2").arg(item.label.toHtmlEscaped(),
                                                                           item.destinationPath.toHtmlEscaped());
            }
        }
    }
    int fixes = 0;
    for (const MigrationRequest &r : w->requests())
        fixes += int(r.switchMapping.size());
    if (fixes > 0)
        lines << tr("<b>Network adapters:</b> %n mapped to other switches or disconnected", nullptr, fixes);
    if (w->isCrossConnection())
        lines << tr("<b>Destination URI:</b> %1").arg(w->destinationUri().toHtmlEscaped());
    m_text->setText(lines.join(QStringLiteral("<br>")));
    // A hypervisor with its own command line (libvirt: virsh migrate) shows that instead.
    const QString own = w->vms().isEmpty() ? QString() : w->backend()->migrationCommand(w->vms().first(), w->requests().value(0));
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

#include "MoveOptionsPage.h"

#include "MoveWizard.h"

#include <models/HostBackend.h>

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hvdesk {

MoveOptionsPage::MoveOptionsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_single(new QRadioButton(tr("Move the virtual machine's data to a &single location"), this))
    , m_perItem(new QRadioButton(tr("Move the virtual machine's data by selecting &where to move the items"), this))
    , m_vmOnly(new QRadioButton(tr("Move &only the virtual machine"), this))
    , m_perItemReason(new QLabel(this))
    , m_vmOnlyReason(new QLabel(this))
{
    setObjectName(QStringLiteral("moveOptionsPage"));
    setTitle(tr("Choose Move Options"));
    m_single->setObjectName(QStringLiteral("optionSingleLocation"));
    m_perItem->setObjectName(QStringLiteral("optionPerItem"));
    m_vmOnly->setObjectName(QStringLiteral("optionVmOnly"));
    m_perItemReason->setObjectName(QStringLiteral("optionPerItemReason"));
    m_vmOnlyReason->setObjectName(QStringLiteral("optionVmOnlyReason"));
    auto *layout = new QVBoxLayout(this);
    for (auto [radio, reason] : {std::pair{m_single, static_cast<QLabel *>(nullptr)}, std::pair{m_perItem, m_perItemReason},
                                 std::pair{m_vmOnly, m_vmOnlyReason}}) {
        layout->addWidget(radio);
        if (reason) {
            reason->setWordWrap(true);
            reason->setIndent(24);
            layout->addWidget(reason);
        }
        layout->addSpacing(6);
    }
    layout->addStretch();
}

void MoveOptionsPage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    setSubTitle(w->movesVm() ? tr("Choose where the virtual machine's files go on %1.").arg(w->destinationHost())
                             : tr("Choose where the virtual machine's files go on %1; it keeps running.")
                                   .arg(w->destinationHost()));
    const bool choosesPaths = w->backend()->migrationChoosesPaths();
    m_perItem->setEnabled(!w->isBulk() && choosesPaths);
    m_perItemReason->setText(!choosesPaths ? tr("This connection copies each disk to the same path on %1, into the "
                                                "storage pool there; the files' locations cannot be chosen.")
                                                 .arg(w->destinationHost())
                                 : w->isBulk() ? tr("Available when one virtual machine moves: several go to one location, "
                                                    "each in a folder named after it.")
                                               : QString());
    m_perItemReason->setVisible(w->isBulk() || !choosesPaths);

    // "Only the virtual machine" needs every file on storage both hosts see.
    QString vmOnlyReason;
    if (!w->movesVm()) {
        vmOnlyReason = tr("A storage move moves files.");
    } else if (!w->backend()->can(Capability::LiveMigration)) {
        vmOnlyReason = tr("This connection does not offer live migration of the running state alone.");
    } else {
        const MoveWizard::Option was = w->moveOption();
        w->setMoveOption(MoveWizard::Option::VmOnly);
        for (const auto &[vm, diagnostics] : w->check()) {
            for (const Diagnostic &d : diagnostics) {
                if (d.id == MigrationCompatibility::StorageNotShared)
                    vmOnlyReason = d.message;
            }
        }
        w->setMoveOption(was);
    }
    m_vmOnly->setEnabled(vmOnlyReason.isEmpty());
    m_vmOnlyReason->setText(vmOnlyReason.isEmpty()
                                ? tr("The files stay where they are: %1 sees the same storage.").arg(w->destinationHost())
                                : vmOnlyReason);
    // Files on shared storage the destination sees (a CSV of its cluster, an SMB share) stay
    // there unless the user chooses otherwise: moving them off loses high availability.
    if (!w->moveOptionChosen() && w->movesVm())
        w->setMoveOption(m_vmOnly->isEnabled() ? MoveWizard::Option::VmOnly : MoveWizard::Option::SingleLocation);
    if (w->moveOption() == MoveWizard::Option::VmOnly && m_vmOnly->isEnabled())
        m_vmOnly->setChecked(true);
    else if (w->moveOption() == MoveWizard::Option::PerItem && m_perItem->isEnabled())
        m_perItem->setChecked(true);
    else
        m_single->setChecked(true);
}

bool MoveOptionsPage::validatePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    w->setMoveOption(m_vmOnly->isChecked() ? MoveWizard::Option::VmOnly
                 : m_perItem->isChecked() ? MoveWizard::Option::PerItem
                                          : MoveWizard::Option::SingleLocation);
    w->setMoveOptionChosen(true);
    return true;
}

int MoveOptionsPage::nextId() const
{
    auto *w = static_cast<MoveWizard *>(wizard());
    const bool choosesPaths = !w || !w->backend() || w->backend()->migrationChoosesPaths();
    return m_vmOnly->isChecked() || !choosesPaths ? MoveWizard::CompatibilityPageId : MoveWizard::LocationsPageId;
}

} // namespace hvdesk

#include "MoveTypePage.h"

#include "MoveWizard.h"

#include <models/HostBackend.h>

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hvdesk {

MoveTypePage::MoveTypePage(QWidget *parent)
    : QWizardPage(parent)
    , m_vm(new QRadioButton(tr("Move the &virtual machine"), this))
    , m_storage(new QRadioButton(tr("Move the virtual machine's &storage"), this))
    , m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("moveTypePage"));
    setTitle(tr("Choose Move Type"));
    setSubTitle(tr("What do you want to move?"));
    m_vm->setObjectName(QStringLiteral("moveTypeVm"));
    m_storage->setObjectName(QStringLiteral("moveTypeStorage"));
    m_reason->setObjectName(QStringLiteral("moveTypeReason"));
    m_reason->setWordWrap(true);
    auto *vmHint = new QLabel(tr("Moves the virtual machine and, unless its files are on storage both hosts share, "
                                 "its storage to another Hyper-V host."),
                              this);
    auto *storageHint = new QLabel(tr("Moves the virtual machine's files to other folders of the same host; the "
                                      "virtual machine keeps running."),
                                   this);
    for (QLabel *l : {vmHint, storageHint}) {
        l->setWordWrap(true);
        l->setIndent(24);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_vm);
    layout->addWidget(vmHint);
    layout->addSpacing(8);
    layout->addWidget(m_storage);
    layout->addWidget(storageHint);
    layout->addSpacing(8);
    layout->addWidget(m_reason);
    layout->addStretch();
    connect(m_vm, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
    connect(m_storage, &QRadioButton::toggled, this, &QWizardPage::completeChanged);
}

void MoveTypePage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    HostBackend *b = w->backend();
    const bool canVm = b && (b->can(Capability::LiveMigration) || b->can(Capability::SharedNothingMigration));
    const bool canStorage = b && b->can(Capability::StorageMigration);
    m_vm->setEnabled(canVm);
    m_storage->setEnabled(canStorage);
    QStringList reasons;
    if (!canVm)
        reasons << tr("This connection does not offer live migration.");
    if (!canStorage)
        reasons << tr("This connection does not offer storage migration.");
    m_reason->setText(reasons.join(QLatin1Char(' ')));
    m_reason->setVisible(!reasons.isEmpty());
    (w->movesVm() && canVm ? m_vm : canStorage ? m_storage : m_vm)->setChecked(true);
}

bool MoveTypePage::isComplete() const
{
    return (m_vm->isChecked() && m_vm->isEnabled()) || (m_storage->isChecked() && m_storage->isEnabled());
}

bool MoveTypePage::validatePage()
{
    static_cast<MoveWizard *>(wizard())->setMovesVm(m_vm->isChecked());
    return true;
}

int MoveTypePage::nextId() const
{
    return m_vm->isChecked() ? MoveWizard::DestinationPageId : MoveWizard::OptionsPageId;
}

} // namespace hvdesk

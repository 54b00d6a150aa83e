#include "CertificatePinsDialog.h"

#include "MinimumSize.h"

#include <models/CertificatePins.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hvdesk {

CertificatePinsDialog::CertificatePinsDialog(SettingsCertificatePinStore *pins, QWidget *parent)
    : QDialog(parent)
    , m_pins(pins)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No certificate is trusted yet. hvdesk asks before it trusts a server's certificate "
                            "that this computer cannot verify."),
          this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("certificatePinsDialog"));
    setWindowTitle(tr("Trusted Certificates"));

    auto *intro
        = new QLabel(tr("The servers whose certificates you trusted, with the SHA-256 fingerprint hvdesk expects "
                        "from each. A server that presents another certificate is refused. Remove a server's "
                        "certificate when the change is expected (the certificate was renewed): hvdesk then shows "
                        "the new one at the next connection, for you to compare and trust."),
            this);
    intro->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("noPinsLabel"));
    m_empty->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("certificatePinsList"));
    m_list->setAccessibleName(tr("Trusted certificates"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({ tr("Server"), tr("SHA-256 fingerprint") });
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 220);

    m_remove->setObjectName(QStringLiteral("removePinButton"));
    m_remove->setToolTip(tr("Forget the selected server's certificate; the next connection asks again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &CertificatePinsDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CertificatePinsDialog::updateButtons);
    connect(pins, &SettingsCertificatePinStore::pinsChanged, this, &CertificatePinsDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);
    keepMinimumSizeForContents(this);
    resize(980, 360);
    reload();
}

void CertificatePinsDialog::reload()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
    m_list->clear();
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString &endpoint : m_pins->endpoints()) {
        auto *item = new QTreeWidgetItem(m_list, { endpoint, m_pins->pinned(endpoint) });
        item->setFont(1, fixed);
        item->setToolTip(1, item->text(1));
        if (endpoint == selected)
            m_list->setCurrentItem(item);
    }
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    updateButtons();
}

bool CertificatePinsDialog::selectEndpoint(const QString &endpoint)
{
    const QString wanted = SettingsCertificatePinStore::normalizeEndpoint(endpoint);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(0) == wanted) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void CertificatePinsDialog::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

void CertificatePinsDialog::removeSelected()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (!items.isEmpty())
        m_pins->unpin(items.first()->text(0)); // pinsChanged reloads the list
}

} // namespace hvdesk

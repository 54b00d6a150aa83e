#include "CompatibilityPage.h"

#include "MoveWizard.h"

#include <models/HostBackend.h>

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hvdesk {

namespace {
constexpr int VmIdRole = Qt::UserRole + 1;
constexpr int AdapterIdRole = Qt::UserRole + 2;
constexpr int SuggestionRole = Qt::UserRole + 3;
}

CompatibilityPage::CompatibilityPage(QWidget *parent)
    : QWizardPage(parent)
    , m_fixes(new QTableWidget(this))
    , m_applySuggested(new QPushButton(tr("Apply &Suggested Fixes"), this))
    , m_fixesTitle(new QLabel(this))
    , m_list(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("compatibilityPage"));
    setTitle(tr("Compatibility"));
    setSubTitle(tr("What the destination lacks, and how to fix it, before the move starts."));

    m_fixesTitle->setText(tr("Network adapters whose switch the destination does not have (names are case-sensitive):"));
    m_fixesTitle->setWordWrap(true);
    m_fixes->setObjectName(QStringLiteral("adapterFixes"));
    m_fixes->setAccessibleName(tr("Network adapter fixes"));
    m_fixes->setColumnCount(4);
    m_fixes->setHorizontalHeaderLabels({tr("Virtual machine"), tr("Network adapter"), tr("Switch now"), tr("Fix")});
    m_fixes->verticalHeader()->hide();
    m_fixes->horizontalHeader()->setStretchLastSection(true);
    m_fixes->setSelectionMode(QAbstractItemView::NoSelection);
    m_fixes->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_applySuggested->setObjectName(QStringLiteral("applySuggestedFixes"));
    m_applySuggested->setToolTip(tr("Map each adapter to the destination switch whose name differs only in case"));

    m_list->setObjectName(QStringLiteral("compatibilityList"));
    m_list->setAccessibleName(tr("Compatibility findings"));
    m_list->setColumnCount(4);
    m_list->setHorizontalHeaderLabels({tr("Severity"), tr("Virtual machine"), tr("Finding"), tr("Fix")});
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_summary->setObjectName(QStringLiteral("compatibilitySummary"));
    // Wrapped text: rows follow their contents whenever the columns change width (a few rows only).
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);

    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_fixesTitle, 1);
    fixRow->addWidget(m_applySuggested);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fixRow);
    layout->addWidget(m_fixes);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);

    connect(m_applySuggested, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_fixes->rowCount(); ++row) {
            auto *combo = qobject_cast<QComboBox *>(m_fixes->cellWidget(row, 3));
            const QString suggestion = m_fixes->item(row, 2)->data(SuggestionRole).toString();
            const int i = combo ? combo->findData(suggestion) : -1;
            if (!suggestion.isEmpty() && i >= 0)
                combo->setCurrentIndex(i);
        }
    });
}

void CompatibilityPage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    // Checks made on the destination host (a processor comparison) answer later.
    if (w->backend())
        connect(w->backend(), &HostBackend::migrationChecksChanged, this, &CompatibilityPage::refresh, Qt::UniqueConnection);
    buildFixes();
    refresh();
}

void CompatibilityPage::buildFixes()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    m_fixes->setRowCount(0);
    const std::optional<HostInfo> dest = w->destinationHostInfo();
    bool anySuggestion = false;
    if (w->movesVm() && dest) {
        for (const VmInfo &vm : w->vms()) {
            for (const NetworkAdapter &a : vm.adapters) {
                if (a.settings.switchName.isEmpty() || dest->findSwitch(a.settings.switchName))
                    continue;
                const int row = m_fixes->rowCount();
                m_fixes->insertRow(row);
                m_fixes->setItem(row, 0, new QTableWidgetItem(vm.name));
                m_fixes->setItem(row, 1, new QTableWidgetItem(a.settings.name));
                auto *now = new QTableWidgetItem(a.settings.switchName);
                const QString suggestion = MigrationCompatibility::suggestedSwitch(a.settings.switchName, *dest);
                now->setData(SuggestionRole, suggestion);
                anySuggestion = anySuggestion || !suggestion.isEmpty();
                m_fixes->setItem(row, 2, now);
                auto *combo = new QComboBox(m_fixes);
                combo->setObjectName(QStringLiteral("switchFix%1").arg(row));
                combo->setAccessibleName(tr("Fix for %1 of %2").arg(a.settings.name, vm.name));
                combo->addItem(tr("Choose a fix..."));
                QStringList names;
                if (!suggestion.isEmpty())
                    names << suggestion;
                for (const VirtualSwitch &s : dest->switches) {
                    if (!names.contains(s.name))
                        names << s.name;
                }
                for (const QString &n : names)
                    combo->addItem(tr("Map this adapter to switch '%1'").arg(n), n);
                combo->addItem(tr("Disconnect this adapter"), QString(QLatin1String("")));
                const std::optional<QString> chosen = w->switchMapping(vm.id, a.settings.id);
                if (chosen)
                    combo->setCurrentIndex(qMax(0, combo->findData(*chosen)));
                combo->setProperty("vmId", vm.id);
                combo->setProperty("adapterId", a.settings.id);
                connect(combo, &QComboBox::currentIndexChanged, this, [this, w, combo] {
                    const QString vmId = combo->property("vmId").toString();
                    const QString adapterId = combo->property("adapterId").toString();
                    const QVariant data = combo->currentData();
                    if (!data.isValid())
                        w->clearSwitchMapping(vmId, adapterId);
                    else
                        w->setSwitchMapping(vmId, adapterId, data.toString());
                    refresh();
                });
                m_fixes->setCellWidget(row, 3, combo);
            }
        }
    }
    const bool any = m_fixes->rowCount() > 0;
    m_fixes->setVisible(any);
    m_fixesTitle->setVisible(any);
    m_applySuggested->setVisible(any);
    m_applySuggested->setEnabled(anySuggestion);
    m_fixes->resizeColumnsToContents();
    m_fixes->horizontalHeader()->setStretchLastSection(true);
    fitFixesHeight();
}

void CompatibilityPage::refresh()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    m_list->setRowCount(0);
    m_errors = 0;
    int warnings = 0;
    int notes = 0;
    QStyle *style = QApplication::style();
    auto addRow = [this](const QIcon &icon, const QStringList &cells, const QString &id) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            m_list->setItem(row, c, item);
        }
        m_list->item(row, 0)->setIcon(icon);
        m_list->item(row, 0)->setData(Qt::UserRole, id);
    };
    for (const auto &[vm, diagnostics] : w->check()) {
        for (const Diagnostic &d : diagnostics) {
            QString severity;
            QIcon icon;
            switch (d.severity) {
            case Diagnostic::Severity::Error:
                ++m_errors;
                severity = tr("Error");
                icon = style->standardIcon(QStyle::SP_MessageBoxCritical);
                break;
            case Diagnostic::Severity::Warning:
                ++warnings;
                severity = tr("Warning");
                icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
                break;
            case Diagnostic::Severity::Info:
                ++notes;
                severity = tr("Note");
                icon = style->standardIcon(QStyle::SP_MessageBoxInformation);
                break;
            }
            addRow(icon, {severity, vm.name, d.message, d.fix}, d.id);
        }
    }
    if (m_list->rowCount() == 0)
        addRow(style->standardIcon(QStyle::SP_DialogApplyButton),
               {tr("OK"), QString(), tr("No problems found: the move can start."), QString()}, QString());
    const QString counts = tr("Errors: %1, warnings: %2, notes: %3.").arg(m_errors).arg(warnings).arg(notes);
    m_summary->setText(m_errors > 0 ? counts + QLatin1Char(' ') + tr("Errors block the move: fix them, or go back and choose differently.")
                                    : counts + QLatin1Char(' ') + tr("The move can start; warnings and notes do not stop it."));
    emit completeChanged();
}

void CompatibilityPage::fitFixesHeight()
{
    int h = m_fixes->horizontalHeader()->height() + 2 * m_fixes->frameWidth();
    for (int r = 0; r < m_fixes->rowCount() && r < 4; ++r)
        h += m_fixes->rowHeight(r);
    m_fixes->setFixedHeight(h);
}

bool CompatibilityPage::isComplete() const
{
    return m_errors == 0;
}

} // namespace hvdesk

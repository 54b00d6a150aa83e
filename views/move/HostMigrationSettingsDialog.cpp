#include "HostMigrationSettingsDialog.h"

#include <views/MinimumSize.h>
#include <views/NumberEdit.h>
#include <views/ScriptView.h>

#include <models/HostBackend.h>
#include <models/HostMigrationRules.h>
#include <models/MigrationScriptBuilder.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hvdesk {

HostMigrationSettingsDialog::HostMigrationSettingsDialog(HostBackend *backend, const QString &hostName, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_host(hostName)
    , m_enabled(new QCheckBox(tr("&Enable incoming and outgoing live migrations"), this))
    , m_live(new NumberEdit(this))
    , m_storage(new NumberEdit(this))
    , m_anyNetwork(new QRadioButton(tr("Use &any available network for live migration"), this))
    , m_theseNetworks(new QRadioButton(tr("Use &these IP addresses for live migration (in order of preference):"), this))
    , m_networks(new QListWidget(this))
    , m_add(new QPushButton(tr("A&dd"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
    , m_auth(new QComboBox(this))
    , m_perf(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_script(new ScriptView(QStringLiteral("PowerShell"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("hostMigrationSettingsDialog"));
    setWindowTitle(tr("Hyper-V Settings for %1").arg(hostName));
    m_enabled->setObjectName(QStringLiteral("liveMigrationEnabled"));
    m_live->setObjectName(QStringLiteral("simultaneousLive"));
    m_storage->setObjectName(QStringLiteral("simultaneousStorage"));
    m_anyNetwork->setObjectName(QStringLiteral("useAnyNetwork"));
    m_theseNetworks->setObjectName(QStringLiteral("useTheseNetworks"));
    m_networks->setObjectName(QStringLiteral("migrationNetworks"));
    m_networks->setAccessibleName(tr("Migration networks in order of preference"));
    m_networks->setMaximumHeight(120);
    m_add->setObjectName(QStringLiteral("addNetwork"));
    m_remove->setObjectName(QStringLiteral("removeNetwork"));
    m_up->setObjectName(QStringLiteral("moveNetworkUp"));
    m_down->setObjectName(QStringLiteral("moveNetworkDown"));
    m_auth->setObjectName(QStringLiteral("authentication"));
    m_auth->setAccessibleName(tr("Authentication protocol"));
    m_perf->setObjectName(QStringLiteral("performance"));
    m_perf->setAccessibleName(tr("Performance option"));
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_script->setObjectName(QStringLiteral("settingsScript"));
    m_script->setCaption(tr("The change in PowerShell:"));
    m_script->setPreferredLines(5); // a host's change is a few commands; the dialog fits 768 px
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    for (NumberEdit *s : {m_live, m_storage}) {
        s->setRange(HostMigrationRules::SimultaneousMin, HostMigrationRules::SimultaneousMax);
        s->setUnit(tr("migrations"));
        s->setMaximumWidth(120);
    }
    m_live->setAccessibleName(tr("Simultaneous live migrations"));
    m_live->setFieldLabel(tr("Simultaneous live migrations"));
    m_live->setField(QStringLiteral("simultaneousLiveMigrations"));
    m_storage->setAccessibleName(tr("Simultaneous storage migrations"));
    m_storage->setFieldLabel(tr("Simultaneous storage migrations"));
    m_storage->setField(QStringLiteral("simultaneousStorageMigrations"));
    m_auth->addItem(HostNames::displayName(MigrationAuthentication::CredSSP), int(MigrationAuthentication::CredSSP));
    m_auth->addItem(HostNames::displayName(MigrationAuthentication::Kerberos), int(MigrationAuthentication::Kerberos));
    m_perf->addItem(HostNames::displayName(MigrationPerformance::TcpIp), int(MigrationPerformance::TcpIp));
    m_perf->addItem(HostNames::displayName(MigrationPerformance::Compression), int(MigrationPerformance::Compression));
    m_perf->addItem(HostNames::displayName(MigrationPerformance::Smb), int(MigrationPerformance::Smb));

    auto *liveBox = new QGroupBox(tr("Live Migrations"), this);
    auto *liveForm = new QFormLayout(liveBox);
    liveForm->addRow(m_enabled);
    liveForm->addRow(tr("Simultaneous &live migrations:"), m_live);
    liveForm->addRow(m_live->errorLabel());
    liveForm->addRow(m_anyNetwork);
    liveForm->addRow(m_theseNetworks);
    auto *netRow = new QHBoxLayout;
    auto *netButtons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        netButtons->addWidget(b);
    netButtons->addStretch();
    netRow->addWidget(m_networks, 1);
    netRow->addLayout(netButtons);
    liveForm->addRow(netRow);
    auto *advBox = new QGroupBox(tr("Advanced Features"), this);
    auto *advForm = new QFormLayout(advBox);
    advForm->addRow(tr("Authentication &protocol:"), m_auth);
    advForm->addRow(tr("Per&formance option:"), m_perf);
    auto *storageBox = new QGroupBox(tr("Storage Migrations"), this);
    auto *storageForm = new QFormLayout(storageBox);
    storageForm->addRow(tr("Simultaneous &storage migrations:"), m_storage);
    storageForm->addRow(m_storage->errorLabel());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(liveBox);
    layout->addWidget(advBox);
    layout->addWidget(storageBox);
    layout->addWidget(m_script);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    keepMinimumSizeForContents(this); // the PowerShell pane wraps its caption

    connect(m_buttons, &QDialogButtonBox::accepted, this, &HostMigrationSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(QStringLiteral("10.0.0.0/24"), m_networks);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_networks->setCurrentItem(item);
        m_networks->editItem(item);
        updateState();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        delete m_networks->currentItem();
        updateState();
    });
    for (auto [button, delta] : {std::pair{m_up, -1}, std::pair{m_down, 1}}) {
        connect(button, &QPushButton::clicked, this, [this, d = delta] {
            const int row = m_networks->currentRow();
            const int to = row + d;
            if (row < 0 || to < 0 || to >= m_networks->count())
                return;
            QListWidgetItem *item = m_networks->takeItem(row);
            m_networks->insertItem(to, item);
            m_networks->setCurrentRow(to);
            updateState();
        });
    }
    for (NumberEdit *s : {m_live, m_storage})
        connect(s, &QLineEdit::textChanged, this, &HostMigrationSettingsDialog::updateState);
    connect(m_enabled, &QCheckBox::toggled, this, &HostMigrationSettingsDialog::updateState);
    connect(m_theseNetworks, &QRadioButton::toggled, this, &HostMigrationSettingsDialog::updateState);
    connect(m_networks, &QListWidget::itemChanged, this, &HostMigrationSettingsDialog::updateState);
    connect(m_networks, &QListWidget::currentRowChanged, this, &HostMigrationSettingsDialog::updateState);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &HostMigrationSettingsDialog::updateState);
    connect(m_perf, &QComboBox::currentIndexChanged, this, &HostMigrationSettingsDialog::updateState);

    const std::optional<HostInfo> host = backend ? backend->host(hostName) : std::nullopt;
    if (host)
        m_original = host->migration;
    setSettings(m_original);
    if (!backend || !backend->can(Capability::HostMigrationSettings)) {
        m_error->setText(tr("This connection cannot change migration settings of %1.").arg(hostName));
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void HostMigrationSettingsDialog::setSettings(const HostMigrationSettings &s)
{
    m_enabled->setChecked(s.liveMigrationEnabled);
    m_live->setValue(s.simultaneousLiveMigrations);
    m_storage->setValue(s.simultaneousStorageMigrations);
    m_networks->clear();
    for (const QString &n : s.migrationNetworks) {
        auto *item = new QListWidgetItem(n, m_networks);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    (s.migrationNetworks.isEmpty() ? m_anyNetwork : m_theseNetworks)->setChecked(true);
    m_auth->setCurrentIndex(m_auth->findData(int(s.authentication)));
    m_perf->setCurrentIndex(m_perf->findData(int(s.performance)));
    updateState();
}

HostMigrationSettings HostMigrationSettingsDialog::settings() const
{
    HostMigrationSettings s;
    s.liveMigrationEnabled = m_enabled->isChecked();
    s.simultaneousLiveMigrations = m_live->isValid() ? int(m_live->value()) : m_original.simultaneousLiveMigrations;
    s.simultaneousStorageMigrations
        = m_storage->isValid() ? int(m_storage->value()) : m_original.simultaneousStorageMigrations;
    if (m_theseNetworks->isChecked()) {
        for (int i = 0; i < m_networks->count(); ++i)
            s.migrationNetworks << m_networks->item(i)->text().trimmed();
    }
    s.authentication = MigrationAuthentication(m_auth->currentData().toInt());
    s.performance = MigrationPerformance(m_perf->currentData().toInt());
    return s;
}

QList<Error> HostMigrationSettingsDialog::inputErrors() const
{
    QList<Error> out;
    for (const NumberEdit *s : {m_live, m_storage}) {
        if (s->isEnabledTo(this) && !s->isValid())
            out << s->error();
    }
    return out;
}

void HostMigrationSettingsDialog::updateState()
{
    const bool live = m_enabled->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_live, m_anyNetwork, m_theseNetworks, m_auth, m_perf})
        w->setEnabled(live);
    const bool list = live && m_theseNetworks->isChecked();
    m_networks->setEnabled(list);
    m_add->setEnabled(list);
    const int row = m_networks->currentRow();
    m_remove->setEnabled(list && row >= 0);
    m_up->setEnabled(list && row > 0);
    m_down->setEnabled(list && row >= 0 && row < m_networks->count() - 1);
    // A number the host would refuse adds no command, but a line that names the field.
    QStringList lines;
    for (const Error &e : inputErrors())
        lines << tr("# Not included until corrected: %1").arg(e.message);
    const QString script = MigrationScriptBuilder::hostSettings(m_host, m_original, settings());
    if (!script.isEmpty())
        lines << script;
    m_script->setText(lines.isEmpty() ? tr("# No change") : lines.join(QLatin1Char('\n')));
}

void HostMigrationSettingsDialog::accept()
{
    if (m_job && !m_job->isFinished())
        return;
    // A number that is not in range is refused first, naming the field, the range and the unit;
    // it counts as a change, so OK never closes over it.
    const QList<Error> invalid = inputErrors();
    if (!invalid.isEmpty()) {
        QStringList lines;
        for (const Error &e : invalid)
            lines << e.text();
        m_error->setText(lines.join(QLatin1Char('\n')));
        m_error->show();
        (invalid.first().field == m_live->field() ? m_live : m_storage)->setFocus(Qt::OtherFocusReason);
        return;
    }
    const HostMigrationSettings s = settings();
    if (s == m_original) {
        QDialog::accept();
        return;
    }
    const Diagnostics found = HostMigrationRules::validate(s);
    if (hasErrors(found)) {
        QStringList lines;
        for (const Diagnostic &d : found)
            lines << d.message + QLatin1Char(' ') + d.fix;
        m_error->setText(lines.join(QLatin1Char('\n')));
        m_error->show();
        if (found.first().field == QLatin1String("migrationNetworks"))
            m_networks->setFocus();
        return;
    }
    if (!m_backend)
        return;
    m_job = m_backend->applyHostMigrationSettings(m_host, s);
    auto finish = [this] {
        if (m_job->state() == Job::State::Completed) {
            QDialog::accept();
            return;
        }
        // A remote host applies these settings call by call: when a later call fails, the
        // earlier ones stay applied. What the host has now becomes the "before" of the edits
        // still shown, so that the script and another OK send only what is left.
        const Error e = m_job->error();
        const std::optional<HostInfo> now = m_backend ? m_backend->host(m_host) : std::nullopt;
        const bool changed = now && !(now->migration == m_original);
        if (changed)
            m_original = now->migration;
        if (changed || !m_job->appliedParts().isEmpty())
            m_error->setText(tr("Part of the settings were applied. %1").arg(e.text()));
        else
            m_error->setText(tr("The settings were not applied: %1").arg(e.text()));
        updateState();
        m_error->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    };
    if (m_job->isFinished()) {
        finish();
        return;
    }
    m_error->setText(tr("Applying..."));
    m_error->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_job.data(), &Job::finished, this, finish);
}

} // namespace hvdesk

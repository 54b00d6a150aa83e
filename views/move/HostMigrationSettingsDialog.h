#pragma once

#include <models/HostInfo.h>
#include <models/Job.h>

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace hvdesk {

class HostBackend;
class NumberEdit;
class ScriptView;

// Hyper-V Settings of one host, the Live Migrations and Storage Migrations pages: enable live
// migrations, simultaneous live and storage migrations, migration networks in preference
// order, authentication and performance. Validated before anything is sent; applied as one job;
// a failure keeps the dialog open with the edits.
class HostMigrationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    HostMigrationSettingsDialog(HostBackend *backend, const QString &hostName, QWidget *parent = nullptr);

    // As edited; a simultaneous-migrations field whose text is not a number in range keeps the
    // host's value (inputErrors() names it).
    HostMigrationSettings settings() const;
    // The enabled numeric fields whose text is not a value in range, with field, range and unit.
    QList<Error> inputErrors() const;
    void setSettings(const HostMigrationSettings &settings);
    QLabel *errorLabel() const { return m_error; }
    JobPtr job() const { return m_job; }

    void accept() override; // validates and applies

private:
    void updateState();

    QPointer<HostBackend> m_backend;
    QString m_host;
    HostMigrationSettings m_original;
    QCheckBox *m_enabled;
    NumberEdit *m_live;
    NumberEdit *m_storage;
    QRadioButton *m_anyNetwork;
    QRadioButton *m_theseNetworks;
    QListWidget *m_networks;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_auth;
    QComboBox *m_perf;
    QLabel *m_error;
    ScriptView *m_script;
    QDialogButtonBox *m_buttons;
    JobPtr m_job;
};

} // namespace hvdesk

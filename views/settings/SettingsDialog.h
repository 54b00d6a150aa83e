#pragma once

#include "SettingsContext.h"

#include <models/Job.h>
#include <models/VmSettings.h>

#include <QDialog>
#include <QHash>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace hvdesk {

class HostBackend;
class ScriptView;
class SettingsPage;

// Hyper-V Manager's Settings for one VM: the hardware tree on the left (Add Hardware, one
// Network Adapter node per adapter with Hardware Acceleration and Advanced Features below it,
// Integration Services), the page on the right, OK / Cancel / Apply, and a PowerShell pane with
// the commands the pending change amounts to. The dialog loops over its pages; Apply sends only
// the changed fields as one job and keeps every edit when it fails.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(HostBackend *backend, const QString &vmId, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString vmId() const { return m_vmId; }
    HostBackend *backend() const { return m_backend; }

    // The pages in tree order; the current one; selecting one.
    QList<SettingsPage *> pages() const { return m_pages; }
    SettingsPage *currentPage() const;
    void showPage(SettingsPage *page);
    // The first page with this objectName, for the adapter at `adapterIndex` where it matters.
    SettingsPage *page(const QString &objectName, int adapterIndex = 0) const;

    VmSettings originalSettings() const { return m_original; }
    VmSettings pendingSettings() const;
    // What Apply would send: only the changed fields.
    VmSettingsChange pendingChange() const;
    // Every page's errors and warnings, in tree order.
    Diagnostics validateAll() const;
    // Whether a numeric field holds text that is not a value in its range.
    bool hasInvalidInput() const;
    // The message line (validation or apply outcome).
    QString message() const;
    JobPtr applyJob() const { return m_job; }
    bool isApplying() const;

    QPushButton *okButton() const;
    QPushButton *applyButton() const;
    QPushButton *cancelButton() const;
    // "Revert this change" beside an error on a field the user can no longer edit (the VM
    // started): restores that field's original value, keeping every other edit.
    QPushButton *revertButton() const { return m_revertButton; }
    QPushButton *scriptToggle() const { return m_scriptToggle; }
    ScriptView *scriptView() const { return m_script; }
    QTreeWidget *hardwareTree() const { return m_tree; }

    static VmSettings settingsOf(const VmInfo &vm);
    // The changes in words, for the message when they could not be applied:
    // "Network Adapter (VLAN ID, maximum bandwidth); Integration Services (Guest services)".
    static QString describe(const VmInfo &vm, const VmSettingsChange &change);
    // Puts back in `pending` the original value of one field (a Diagnostic's or an Error's field
    // name) of the adapter `adapterId`; "adapters" puts back a removed adapter or drops an added
    // one. False when the field is unknown or already has its original value.
    static bool revertField(VmSettings &pending, const VmSettings &original, const QString &adapterId,
                            const QString &field);

signals:
    // A change was sent to the host: its PowerShell equivalent and its job, for the main
    // window's history (which shows how the job ended).
    void applyStarted(const QString &vmId, const QString &powerShell, const hvdesk::JobPtr &job);

public slots:
    // Validates, then starts one job; false when validation stopped it or nothing could start.
    bool apply();
    void accept() override; // OK: apply, close when it succeeds
    void addAdapter();
    void removeAdapter(const QString &adapterId);
    void setScriptVisible(bool visible);
    // Restores the field the shown error is about (see revertButton()).
    bool revertChange();

private:
    enum class MessageKind { None, Info, Error, Connection };
    void buildPages();
    void addPage(SettingsPage *page, QTreeWidgetItem *item);
    SettingsContext makeContext() const;
    void refreshContext();
    void onPageChanged();
    void onApplyFinished(bool closeAfter);
    void updateButtons();
    void updateTreeTexts();
    void updateScript();
    void setMessage(MessageKind kind, const QString &text);
    // An error about `field` of the adapter `adapterId` (empty: VM-wide); offers Revert when the
    // field has a pending edit the user cannot change any more.
    void setFieldError(const QString &text, const QString &adapterId, const QString &field);
    void updateRevertOffer();
    // What the VM's state right now forbids in the pending change (adapters added or removed
    // while it runs, any change while it is between states); empty text when nothing.
    struct StateRefusal
    {
        QString text;
        QString adapterId;
        QString field;
        SettingsPage *page = nullptr;
    };
    StateRefusal refusalByState() const;
    void setStateRefusal(const StateRefusal &refusal);
    void jumpTo(SettingsPage *page, const QString &field);
    bool startApply(bool closeAfter);
    QString pagePath(SettingsPage *page) const;
    QString pageKey(SettingsPage *page) const;

    QPointer<HostBackend> m_backend;
    QString m_vmId;
    VmSettings m_original;
    VmSettings m_structure; // the adapters the dialog holds (kept, added), with their base values
    int m_newAdapters = 0;
    JobPtr m_job;
    bool m_closeAfterApply = false;
    VmSettingsChange m_applying; // what the running job carries
    MessageKind m_messageKind = MessageKind::None;
    QString m_errorAdapterId; // what the shown error is about, for Revert
    QString m_errorField;
    bool m_stateMessage = false; // the message is a StateRefusal: it follows the VM's state

    QList<SettingsPage *> m_pages;
    QHash<SettingsPage *, QTreeWidgetItem *> m_items;
    QHash<SettingsPage *, QScrollArea *> m_scrolls;
    QTreeWidget *m_tree;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    ScriptView *m_script;
    QLabel *m_messageLabel;
    QPushButton *m_revertButton;
    QPushButton *m_scriptToggle;
    QDialogButtonBox *m_buttons;
};

} // namespace hvdesk

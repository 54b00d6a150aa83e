#pragma once

#include "Channel.h"
#include "InventoryMapper.h"
#include "RemoteUri.h"

#include <models/Error.h>
#include <models/HostInfo.h>
#include <models/RemoteAccess.h>
#include <models/VmInfo.h>

#include <wsman/Epr.h>
#include <wsman/Message.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace hvdesk::remote {

// One endpoint (one Windows host) of a remote connection: its channel and credentials, the load
// of its inventory (one enumeration per class, all at once, then the few calls that need their
// answers), the state polling that follows, and reconnecting with a bounded backoff when the
// host stops answering.
class HostConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Authenticating, Loading, Ready, Stale, Failed };
    // Enumerations ask for this many items per response; the server sends fewer when its
    // envelope is full, and the rest comes with Pull.
    static constexpr int MaxElements = 10000;
    static constexpr int ReconnectFirstMs = 2000;
    static constexpr int ReconnectMaxMs = 30000;
    // Connecting a host (or reconnecting a lost one: the Identify, then the inventory's load)
    // gives up after this, every request, retry and pause included: a host that answers slowly,
    // or drips its answers, cannot hold it longer.
    static constexpr int ConnectDeadlineMs = 30000;

    using InvokeCallback = std::function<void(const wsman::Response &response, const Error &error)>;
    using EnumerateCallback
        = std::function<void(const std::vector<wsman::CimInstance> &items, const Error &error, bool missing)>;

    HostConnection(EndpointAddress address, QString userHint, RemoteAccess access, const ChannelFactory &factory,
        QObject *parent = nullptr);
    ~HostConnection() override;

    const EndpointAddress &address() const { return m_address; }
    State state() const { return m_state; }
    Error lastError() const { return m_error; }
    bool hasLoaded() const { return m_loaded; }
    const HostInfo &host() const { return m_host; }
    const QList<VmInfo> &vms() const { return m_vms; }
    QList<VmInfo> &vms() { return m_vms; }
    const EndpointSnapshot &snapshot() const { return m_snapshot; }
    int roundTrips() const;
    Channel *channel() const { return m_channel.get(); }
    // The credentials that worked, for the other nodes of a cluster.
    std::optional<Credentials> credentials() const { return m_credentials; }
    void setSharedCredentials(const Credentials &credentials) { m_shared = credentials; }

    void open();
    void close();
    // Connects again now: after a failure, or at once instead of at the next reconnect.
    void retry();
    void setLoadDeadline(int ms) { m_loadDeadlineMs = ms; }
    // When the load under way gives up; QDeadlineTimer::Forever when none runs.
    QDeadlineTimer loadDeadline() const { return m_loadDeadline; }
    // Loads everything again (after a change, or to reconnect).
    void reload();
    // The same, then `done` once a load that started after this call has ended (or at once when
    // the host cannot be loaded now).
    void reloadThen(std::function<void()> done);
    // Reads the VMs' live values: one enumeration of Msvm_ComputerSystem and one
    // GetSummaryInformation. A different set of VMs triggers a reload.
    void poll();

    // Requests.
    void send(const wsman::Request &request, InvokeCallback done);
    void invoke(const wsman::Epr &target, const QString &method, const QList<wsman::CimProperty> &parameters,
        InvokeCallback done);
    // Enumerate + Pull until EndOfSequence. `missing`: the class or namespace does not exist.
    void enumerate(const QString &resourceUri, const QString &wql, EnumerateCallback done);

    // References built from the last load.
    wsman::Epr managementService() const;
    wsman::Epr migrationService() const;
    wsman::Epr vmEpr(const QString &vmId) const;
    wsman::Epr jobEpr(const QString &jobId) const;
    std::optional<wsman::CimInstance> instance(
        const QString &className, const std::function<bool(const wsman::CimInstance &)> &match) const;
    wsman::Epr eprOf(const wsman::CimInstance &instance) const;
    QString switchGuid(const QString &switchName) const; // Msvm_VirtualEthernetSwitch.Name
    QString switchPath(const QString &switchName) const; // its WMI path

signals:
    void stateChanged(hvdesk::remote::HostConnection::State state);
    // A load finished: the host and its VMs are new (the set of VMs may differ).
    void loaded();
    // A poll updated these VMs (indexes into vms()).
    void vmsPolled(const QList<int> &changed);

private:
    struct Enumeration;
    struct LoadScope;
    void onLoadDeadline();
    void continueEnumeration(
        const std::shared_ptr<Enumeration> &e, const wsman::Response &response, const Error &error);
    void setState(State state, const Error &error = Error());
    void authenticate(const QString &reason);
    void useCredentials(const Credentials &credentials);
    void startLoad();
    void finishLoad(const std::shared_ptr<EndpointSnapshot> &snapshot, const Error &error);
    void failed(const Error &error);
    void loadEnded();
    void scheduleReconnect();
    bool isAuthError(const Error &error) const;

    EndpointAddress m_address;
    QString m_userHint;
    RemoteAccess m_access;
    std::unique_ptr<Channel> m_channel;
    State m_state = State::Idle;
    Error m_error;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_polling = false;
    bool m_reloadPending = false;
    bool m_askedAgain = false;
    bool m_identified = false;
    std::optional<Credentials> m_credentials;
    std::optional<Credentials> m_shared;
    HostInfo m_host;
    QList<VmInfo> m_vms;
    EndpointSnapshot m_snapshot;
    QTimer m_reconnect;
    QTimer m_loadTimer;
    QDeadlineTimer m_loadDeadline { QDeadlineTimer::Forever };
    int m_loadDeadlineMs = ConnectDeadlineMs;
    bool m_sendingForLoad = false; // requests sent now belong to the load (cancelled at its deadline)
    QSet<quint64> m_loadRequests;
    int m_reconnectDelayMs = ReconnectFirstMs;
    int m_generation = 0; // loads and polls of an older generation are dropped
    QList<std::function<void()>> m_afterThisLoad; // waiting for the load under way
    QList<std::function<void()>> m_afterNextLoad; // waiting for a load that starts later
};

} // namespace hvdesk::remote

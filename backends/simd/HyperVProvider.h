#pragma once

#include "HostInstances.h"
#include "SimulationHost.h"

#include <wsman/Message.h>
#include <wsman/ResponseWriter.h>
#include <wsmanserver/Dispatcher.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <utility>
#include <vector>

namespace hvdesk::simd {

// The Hyper-V WMI provider of one simulated host, as a WS-Management endpoint serves it:
// Identify, Enumerate (WQL filters, optimized enumeration, MaxElements within the envelope size),
// Pull and Release with bounded, expiring enumeration contexts, Get by selectors, and Invoke of the
// methods hvdesk uses, answering with Hyper-V's return codes, jobs and WinRM's fault shapes.
// Every answer is mapped from the simulation when it is asked for.
class HyperVProvider
{
    Q_DECLARE_TR_FUNCTIONS(HyperVProvider)

public:
    // Open enumerations per endpoint and how long an unused one lives (WinRM: a few minutes).
    static constexpr int MaxEnumerationContexts = 64;
    static constexpr qint64 EnumerationContextLifetimeMs = 120'000;
    // Room kept in an envelope for the SOAP headers around the items.
    static constexpr int EnvelopeHeaderReserve = 8192;
    // How many items one envelope of this request may carry, and how many bytes of them.
    static std::pair<int, qsizetype> batchLimits(const wsman::Request &request);

    HyperVProvider(SimulationHost &host, QString hostName);

    QString hostName() const { return m_instances.hostName(); }
    // One request, answered with the envelope to send and its HTTP status (500 for a fault).
    // Enumerate and Pull write their items straight into the envelope, as many as fit.
    wsman::Reply reply(const wsman::Request &request);
    // One envelope, parsed, answered and written: what the HTTP server hands over.
    QByteArray handleEnvelope(QByteArrayView envelope);

    int openEnumerationContexts() const { return int(m_contexts.size()); }

private:
    // An open enumeration: the items not sent yet, written when it began (a Pull copies them,
    // so an enumeration shows one moment of the host, the one its Enumerate saw).
    struct Context
    {
        QByteArray items; // back to back
        std::vector<qsizetype> ends; // where each item ends in `items`
        size_t next = 0;
        qint64 lastUsedMs = 0;
    };
    struct Target
    {
        QString ns;
        QString className;
    };

    // Every operation but Enumerate and Pull.
    wsman::Response handle(const wsman::Request &request);
    wsman::Reply enumerate(const wsman::Request &request);
    wsman::Reply pull(const wsman::Request &request);
    wsman::Response release(const wsman::Request &request);
    wsman::Response get(const wsman::Request &request);
    wsman::Response invoke(const wsman::Request &request);

    // Writes items `write(out, i)` for i from 0 to `count` into the envelope, as many as the
    // request's MaxElements and envelope size allow (measured as written) when it asked for
    // optimized enumeration, and the rest into `rest` for the Pulls.
    static void writeItems(wsman::EnumerationResponseWriter &out, size_t count,
        const std::function<void(wsman::XmlOut &, size_t)> &write, const wsman::Request &request, Context *rest);
    static QString newContextId();
    void storeContext(const QString &id, Context context);
    void expireContexts();
    // The instances of the request's class, or a fault.
    bool lookup(
        const QString &ns, const QString &className, std::vector<wsman::CimInstance> *out, wsman::Response *fault);
    // The object the request's selectors name, or a fault.
    bool target(const wsman::Request &request, wsman::CimInstance *out, wsman::Response *fault);

    // Methods (HyperVMethods.cpp).
    wsman::Response requestStateChange(const wsman::Request &request, const wsman::CimInstance &target);
    wsman::Response initiateShutdown(const wsman::Request &request, const wsman::CimInstance &target);
    wsman::Response getSummaryInformation(const wsman::Request &request);
    wsman::Response modifyResourceSettings(const wsman::Request &request);
    wsman::Response addResourceSettings(const wsman::Request &request);
    wsman::Response removeResourceSettings(const wsman::Request &request);
    wsman::Response featureSettings(const wsman::Request &request);
    wsman::Response upgradeSystemVersion(const wsman::Request &request);
    wsman::Response jobMethod(const wsman::Request &request, const wsman::CimInstance &target);
    wsman::Response migrate(const wsman::Request &request, bool checkOnly);
    wsman::Response migrationServiceSettings(const wsman::Request &request);
    wsman::Response virtualHardDiskSettingData(const wsman::Request &request);
    wsman::Response receiveScaling(const wsman::Request &request, const wsman::CimInstance &target);
    wsman::Response registry(const wsman::Request &request);

    // Outputs.
    wsman::Response output(const wsman::Request &request, int returnValue, QList<wsman::CimProperty> out = {}) const;
    wsman::Response jobOutput(
        const wsman::Request &request, const QString &jobId, QList<wsman::CimProperty> out = {}) const;
    static wsman::Response faultResponse(const wsman::Fault &fault);
    // A settings change of one VM as one simulation operation, reported as a job.
    wsman::Response applyChange(const wsman::Request &request, const QString &title, const VmSettingsChange &change,
        QList<wsman::CimProperty> out = {});
    int vmIndexOfInstance(const wsman::CimInstance &instance) const;

    SimulationHost &m_host;
    HostInstances m_instances;
    QHash<QString, Context> m_contexts;
};

} // namespace hvdesk::simd

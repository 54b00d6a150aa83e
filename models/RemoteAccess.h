#pragma once

#include "Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hvdesk {

// What a backend for a remote host needs from the user and from the desktop: credentials kept in
// the system keychain, trust decisions about TLS certificates, and a log of the protocol traffic.
// The composition root provides the implementations; backends see only these interfaces.

struct Credentials
{
    QString user;     // "HOST\\user", "user@domain" or a local account name
    QString password; // never written to settings, logs or the protocol log
    bool isEmpty() const { return user.isEmpty(); }
    bool operator==(const Credentials &) const = default;
};

// Credentials per endpoint ("host:port"), in the system keychain only. Asynchronous, as keychains
// are; callbacks run on the caller's thread.
class CredentialStore
{
public:
    virtual ~CredentialStore();
    using ReadCallback = std::function<void(const std::optional<Credentials> &credentials, const Error &error)>;
    using DoneCallback = std::function<void(const Error &error)>;
    // No entry is not an error: the callback gets std::nullopt and a null Error.
    virtual void read(const QString &endpoint, ReadCallback done) = 0;
    virtual void write(const QString &endpoint, const Credentials &credentials, DoneCallback done) = 0;
    virtual void remove(const QString &endpoint, DoneCallback done) = 0;
};

// A server certificate as the user is shown it before trusting it.
struct CertificateQuestion
{
    QString endpoint;          // "host:port"
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validTo;
    QString sha256;            // upper-case hex pairs separated by ':'
    QStringList problems;      // what TLS verification said (self-signed, wrong host name, expired, ...)
    bool operator==(const CertificateQuestion &) const = default;
};

// The certificates the user accepted, pinned per endpoint by their SHA-256 fingerprint. Pins are
// public data (no secret) and persist across runs. A pinned endpoint that presents another
// certificate is refused, loudly, until the user removes the pin.
class CertificatePinStore
{
public:
    virtual ~CertificatePinStore();
    virtual QString pinned(const QString &endpoint) const = 0; // empty when none
    virtual void pin(const QString &endpoint, const QString &sha256) = 0;
    virtual void unpin(const QString &endpoint) = 0;
    virtual QStringList endpoints() const = 0;
};

// Questions a backend asks the user while connecting. Asynchronous: a GUI shows a dialog, a
// command line or a test answers directly. The callback runs on the caller's thread.
class ConnectionPrompts
{
public:
    virtual ~ConnectionPrompts();
    // An unknown certificate (not pinned, or not valid for ordinary TLS verification): trust it?
    virtual void askTrust(const CertificateQuestion &question, std::function<void(bool trust)> answer) = 0;
    // Credentials for an endpoint; reason says why (none stored, or the server refused the last ones).
    // std::nullopt: the user cancelled. remember: store them in the keychain.
    virtual void askCredentials(const QString &endpoint, const QString &reason,
                                std::function<void(const std::optional<Credentials> &credentials, bool remember)> answer) = 0;
};

// One request and its response, as the protocol log shows them. Credentials are masked before a
// record is made (the Authorization header reads "Basic ***").
struct ProtocolExchange
{
    QDateTime started;
    QString endpoint;          // "host:port"
    QString operation;         // "Enumerate", "Pull", "Get", "Invoke RequestStateChange", ...
    QString resource;          // the class, e.g. "Msvm_ComputerSystem"
    QByteArray requestHeaders; // HTTP request line and headers, masked
    QByteArray request;        // SOAP envelope
    int httpStatus = 0;        // 0: no HTTP response (refused, TLS, timeout)
    QByteArray response;
    double elapsedMs = 0;
    QString error;             // empty on success
    bool operator==(const ProtocolExchange &) const = default;
};

// Where a backend hands its protocol records. record() is cheap when logging is off.
class ProtocolLogSink
{
public:
    virtual ~ProtocolLogSink();
    virtual bool isEnabled() const = 0;
    virtual void record(const ProtocolExchange &exchange) = 0;
};

// Everything a remote backend gets from the composition root. Any pointer may be null: no
// keychain (credentials only for this session), no prompts (unknown certificates are refused), no
// log. The pointees outlive the backends.
struct RemoteAccess
{
    CredentialStore *credentials = nullptr;
    CertificatePinStore *pins = nullptr;
    ConnectionPrompts *prompts = nullptr;
    ProtocolLogSink *log = nullptr;
};

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::ProtocolExchange)

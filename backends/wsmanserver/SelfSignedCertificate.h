#pragma once

#include <models/Error.h>

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace hvdesk::wsman {

// A self-signed server certificate for the HTTPS listener: an EC P-256 key, CN = the host name,
// subjectAltName with the DNS names and IP 127.0.0.1, valid for a year, written as PEM to a
// directory of the caller's choice (the key file readable by its owner only).
class SelfSignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SelfSignedCertificate)

public:
    SelfSignedCertificate() = default;

    QSslCertificate certificate;
    QSslKey key;
    QString certificateFile;
    QString keyFile;

    bool isNull() const { return certificate.isNull() || key.isNull(); }

    // Makes a new key and certificate and writes them as <directory>/<baseName>.crt and .key.
    static SelfSignedCertificate generate(const QString &hostName, const QStringList &dnsNames,
        const QString &directory, Error *error, const QString &baseName = QStringLiteral("server"),
        int validDays = 365);
    // The pair already in `directory`, or a new one when there is none (or it has expired):
    // what a server does at start-up.
    static SelfSignedCertificate loadOrGenerate(const QString &hostName, const QStringList &dnsNames,
        const QString &directory, Error *error, const QString &baseName = QStringLiteral("server"));
    static SelfSignedCertificate load(const QString &certificateFile, const QString &keyFile, Error *error);
};

} // namespace hvdesk::wsman

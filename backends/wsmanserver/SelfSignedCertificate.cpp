#include "SelfSignedCertificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace hvdesk::wsman {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions, QString *why)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *why = file.errorString();
        return false;
    }
    // Restrict before the content is written, so a private key is never readable by others.
    file.setPermissions(permissions);
    file.write(data);
    if (!file.commit()) {
        *why = file.errorString();
        return false;
    }
    return QFile::setPermissions(path, permissions);
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QString &hostName, const QStringList &dnsNames,
    const QString &directory, Error *error, const QString &baseName, int validDays)
{
    const auto fail = [&](const QString &what) {
        if (error)
            *error = Error { QStringLiteral("tls.certificate-generation"),
                tr("Cannot create the server certificate: %1.").arg(what), {},
                tr("Check that the directory %1 is writable.").arg(directory) };
        return SelfSignedCertificate();
    };
    if (error)
        *error = Error {};
    PKeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(tr("OpenSSL could not make an EC P-256 key"));
    X509Ptr certificate(X509_new());
    if (!certificate)
        return fail(tr("out of memory"));
    X509_set_version(certificate.get(), 2); // v3
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(certificate.get()));
    BN_free(bn);
    // A little in the past, so a client whose clock is slightly behind accepts it at once.
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(validDays) * 86400);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = hostName.toUtf8();
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("hvdesk"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);

    QStringList names = dnsNames;
    if (!names.contains(hostName, Qt::CaseInsensitive))
        names.prepend(hostName);
    QByteArray san;
    for (const QString &dns : names)
        san += "DNS:" + dns.toUtf8() + ',';
    san += "IP:127.0.0.1";
    if (!addExtension(certificate.get(), NID_subject_alt_name, san)
        || !addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash"))
        return fail(tr("OpenSSL refused a certificate extension"));
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) == 0)
        return fail(tr("OpenSSL could not sign the certificate"));

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), certificate.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return fail(tr("OpenSSL could not write PEM"));
    const QByteArray certPem = bioBytes(certBio.get());
    const QByteArray keyPem = bioBytes(keyBio.get());

    if (!QDir().mkpath(directory))
        return fail(tr("the directory %1 cannot be created").arg(directory));
    SelfSignedCertificate result;
    result.certificateFile = QDir(directory).filePath(baseName + QStringLiteral(".crt"));
    result.keyFile = QDir(directory).filePath(baseName + QStringLiteral(".key"));
    QString why;
    if (!writeFile(result.keyFile, keyPem, QFileDevice::ReadOwner | QFileDevice::WriteOwner, &why))
        return fail(tr("%1: %2").arg(result.keyFile, why));
    if (!writeFile(result.certificateFile, certPem,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther, &why))
        return fail(tr("%1: %2").arg(result.certificateFile, why));
    result.certificate = QSslCertificate(certPem, QSsl::Pem);
    result.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (result.isNull())
        return fail(tr("Qt cannot read the certificate it was given"));
    return result;
}

SelfSignedCertificate SelfSignedCertificate::load(const QString &certificateFile, const QString &keyFile, Error *error)
{
    SelfSignedCertificate result;
    result.certificateFile = certificateFile;
    result.keyFile = keyFile;
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error { QStringLiteral("tls.certificate-load"),
                tr("Cannot read %1: %2")
                    .arg(cert.isOpen() ? keyFile : certificateFile,
                        cert.isOpen() ? key.errorString() : cert.errorString()),
                {}, {} };
        return SelfSignedCertificate();
    }
    const QByteArray keyPem = key.readAll();
    result.certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    result.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (result.key.isNull())
        result.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (result.isNull()) {
        if (error)
            *error = Error { QStringLiteral("tls.certificate-load"),
                tr("%1 or %2 is not a PEM certificate and key.").arg(certificateFile, keyFile), {},
                tr("Delete both files: a new pair is made at the next start.") };
        return SelfSignedCertificate();
    }
    if (error)
        *error = Error {};
    return result;
}

SelfSignedCertificate SelfSignedCertificate::loadOrGenerate(const QString &hostName, const QStringList &dnsNames,
    const QString &directory, Error *error, const QString &baseName)
{
    const QString certFile = QDir(directory).filePath(baseName + QStringLiteral(".crt"));
    const QString keyFile = QDir(directory).filePath(baseName + QStringLiteral(".key"));
    if (QFile::exists(certFile) && QFile::exists(keyFile)) {
        SelfSignedCertificate existing = load(certFile, keyFile, error);
        if (!existing.isNull() && existing.certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(1))
            return existing;
    }
    return generate(hostName, dnsNames, directory, error, baseName);
}

} // namespace hvdesk::wsman

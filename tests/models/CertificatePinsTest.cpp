#include "QtPrinters.h"

#include <models/CertificatePins.h>

#include <QSettings>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hvdesk;

namespace {

const QString Fingerprint
    = QStringLiteral("3A:5F:0C:94:11:7B:E2:D8:6C:40:A1:9E:27:F3:58:BD:04:C6:7A:12:E9:83:5D:F0:2B:96:4E:C1:78:0A:D3:65");

class CertificatePinsTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

} // namespace

TEST_F(CertificatePinsTest, PinsPersistInSettingsAcrossInstances)
{
    {
        SettingsCertificatePinStore store;
        EXPECT_TRUE(store.pinned(QStringLiteral("crusader:5986")).isEmpty());
        store.pin(QStringLiteral("crusader:5986"), Fingerprint);
        EXPECT_EQ(store.pinned(QStringLiteral("crusader:5986")), Fingerprint);
    }
    SettingsCertificatePinStore later; // as after a restart
    EXPECT_EQ(later.pinned(QStringLiteral("crusader:5986")), Fingerprint);
    QSettings settings;
    EXPECT_EQ(settings.value(QStringLiteral("certificatePins/crusader:5986")).toString(), Fingerprint);
}

TEST_F(CertificatePinsTest, FingerprintsAreStoredUpperCaseWithColons)
{
    SettingsCertificatePinStore store;
    QString compact = Fingerprint;
    compact.remove(QLatin1Char(':'));
    store.pin(QStringLiteral("saracen:5986"), compact.toLower());
    EXPECT_EQ(store.pinned(QStringLiteral("saracen:5986")), Fingerprint);
    EXPECT_EQ(SettingsCertificatePinStore::normalizeFingerprint(Fingerprint.toLower()), Fingerprint);
    EXPECT_TRUE(SettingsCertificatePinStore::normalizeFingerprint(QStringLiteral("AB:CD")).isEmpty());
    EXPECT_TRUE(SettingsCertificatePinStore::normalizeFingerprint(QString(64, QLatin1Char('G'))).isEmpty());
}

TEST_F(CertificatePinsTest, HostNamesCompareWithoutCase)
{
    SettingsCertificatePinStore store;
    store.pin(QStringLiteral("Crusader.Example.COM:5986"), Fingerprint);
    EXPECT_EQ(store.pinned(QStringLiteral("crusader.example.com:5986")), Fingerprint);
    EXPECT_EQ(store.endpoints(), QStringList { QStringLiteral("crusader.example.com:5986") });
    // Another port is another endpoint.
    EXPECT_TRUE(store.pinned(QStringLiteral("crusader.example.com:443")).isEmpty());
}

TEST_F(CertificatePinsTest, UnpinRemovesAndListsStaySorted)
{
    SettingsCertificatePinStore store;
    store.pin(QStringLiteral("saracen:5986"), Fingerprint);
    store.pin(QStringLiteral("crusader:5986"), Fingerprint);
    store.pin(QStringLiteral("[fd00::5]:5986"), Fingerprint);
    EXPECT_EQ(store.endpoints(),
        (QStringList {
            QStringLiteral("[fd00::5]:5986"), QStringLiteral("crusader:5986"), QStringLiteral("saracen:5986") }));
    store.unpin(QStringLiteral("crusader:5986"));
    EXPECT_TRUE(store.pinned(QStringLiteral("crusader:5986")).isEmpty());
    EXPECT_EQ(store.endpoints(), (QStringList { QStringLiteral("[fd00::5]:5986"), QStringLiteral("saracen:5986") }));
    EXPECT_EQ(SettingsCertificatePinStore().endpoints().size(), 2);
}

TEST_F(CertificatePinsTest, SignalsEveryChangeAndOnlyChanges)
{
    SettingsCertificatePinStore store;
    QSignalSpy changed(&store, &SettingsCertificatePinStore::pinsChanged);
    store.pin(QStringLiteral("crusader:5986"), Fingerprint);
    EXPECT_EQ(changed.count(), 1);
    store.pin(QStringLiteral("crusader:5986"), Fingerprint); // the same pin again
    EXPECT_EQ(changed.count(), 1);
    store.unpin(QStringLiteral("crusader:5986"));
    EXPECT_EQ(changed.count(), 2);
    store.unpin(QStringLiteral("crusader:5986")); // nothing to remove
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(CertificatePinsTest, AFingerprintThatCanMatchNothingIsNotPinned)
{
    SettingsCertificatePinStore store;
    QSignalSpy changed(&store, &SettingsCertificatePinStore::pinsChanged);
    store.pin(QStringLiteral("crusader:5986"), QStringLiteral("not a fingerprint"));
    store.pin(QStringLiteral("crusader:5986"), QString());
    EXPECT_TRUE(store.pinned(QStringLiteral("crusader:5986")).isEmpty());
    EXPECT_TRUE(store.endpoints().isEmpty());
    EXPECT_EQ(changed.count(), 0);
}

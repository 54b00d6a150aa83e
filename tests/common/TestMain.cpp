// GoogleTest's main for hvdesk: the Qt application object first (GUI suites get a
// QApplication on the offscreen platform), a fixed locale, and test-mode standard paths so
// QSettings never touches the user's configuration.
#include <gtest/gtest.h>

#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#ifdef HVDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("hvdesk-tests"));
    // One settings file per test process: ctest runs tests in parallel, and a test that clears
    // its settings must not clear another's.
    TestApplication::setApplicationName(QStringLiteral("hvdesk-tests-%1").arg(TestApplication::applicationPid()));
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QFile::remove(QSettings().fileName());
    return result;
}

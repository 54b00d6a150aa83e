#pragma once

// The starting point of the GUI tests: the demo estate on a manual clock, in a shown main window,
// with settings cleared before and after.
#include <simulated/SimulatedBackend.h>
#include <simulated/TopologyLoader.h>
#include <views/MainWindow.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>

#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace hvdesk::test {

class DemoWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        factory.registerScheme(QStringLiteral("sim"), sim::SimulatedBackend::schemeDescription(),
                               &sim::SimulatedBackend::create);
        auto b = std::make_unique<sim::SimulatedBackend>(QStringLiteral("sim:demo"), sim::TopologyLoader::demo());
        b->setClockMode(sim::SimulatedBackend::ClockMode::Manual);
        sim = static_cast<sim::SimulatedBackend *>(connections.add(std::move(b)));
        window = std::make_unique<MainWindow>(&connections, &factory);
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        window.reset();
        QSettings().clear();
    }

    QString idOf(const QString &name) const
    {
        for (int i = 0; i < sim->vmCount(); ++i) {
            if (sim->vmAt(i).name == name)
                return sim->vmAt(i).id;
        }
        ADD_FAILURE() << "no VM named " << name.toStdString();
        return {};
    }

    BackendFactory factory;
    ConnectionManager connections;
    sim::SimulatedBackend *sim = nullptr;
    std::unique_ptr<MainWindow> window;
};

} // namespace hvdesk::test

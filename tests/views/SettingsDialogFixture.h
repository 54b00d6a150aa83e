#pragma once

// The demo window with what every VM Settings test needs: open the dialog as a user does, find a
// page's widget, type into a field.
#include "DemoWindowFixture.h"

#include <views/settings/SettingsDialog.h>
#include <views/settings/SettingsPage.h>

#include <QAction>
#include <QLineEdit>
#include <QTest>

namespace hvdesk::test {

class SettingsDialogFixture : public DemoWindowFixture
{
protected:
    const VmInfo &vm(const QString &name) const { return *sim->findVm(idOf(name)); }

    // Opens the dialog the way a user does: select the VM, trigger Settings.
    SettingsDialog *open(const QString &name)
    {
        EXPECT_TRUE(window->selectVm(idOf(name)));
        EXPECT_TRUE(window->settingsAction()->isEnabled());
        window->settingsAction()->trigger();
        SettingsDialog *dialog = nullptr;
        for (SettingsDialog *d : window->findChildren<SettingsDialog *>()) {
            if (d->vmId() == idOf(name) && d->isVisible())
                dialog = d;
        }
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
            EXPECT_EQ(dialog->vmId(), idOf(name));
        }
        return dialog;
    }

    template<typename T>
    T *child(SettingsDialog *dialog, const QString &page, const QString &name, int adapter = 0)
    {
        SettingsPage *p = dialog->page(page, adapter);
        EXPECT_NE(p, nullptr) << page.toStdString();
        T *w = p ? p->findChild<T *>(name) : nullptr;
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    static void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
};

} // namespace hvdesk::test

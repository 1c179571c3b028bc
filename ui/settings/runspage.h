#pragma once

#include "settingspage.h"

namespace lathe {

class LimitedSpinBox;

class AppSettings;

// Runs: the defaults a new run and a new provider start from: calls in flight, request and
// connect timeouts, retries.
class RunsPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit RunsPage(AppSettings *settings, QWidget *parent = nullptr);

    QString title() const override;
    void load() override;
    // Refuses text that is not a number in range, and a connect timeout above the request
    // timeout.
    QString validate() override;
    bool apply(QString *error) override;

    LimitedSpinBox *concurrencyBox() const { return m_concurrency; }
    LimitedSpinBox *requestTimeoutBox() const { return m_requestTimeout; }
    LimitedSpinBox *connectTimeoutBox() const { return m_connectTimeout; }
    LimitedSpinBox *retriesBox() const { return m_retries; }

private:
    AppSettings *m_settings;
    LimitedSpinBox *m_concurrency;
    LimitedSpinBox *m_requestTimeout;
    LimitedSpinBox *m_connectTimeout;
    LimitedSpinBox *m_retries;
};

} // namespace lathe

#pragma once

#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <map>
#include <memory>

namespace Sonnet {
class Speller;
}

namespace lathe {

// The process's Sonnet spellers, one per dictionary, shared by every editor.
//
// Loading a hunspell dictionary can take half a second (Korean), so dictionaries load on a
// background thread: speller() returns nullptr until the dictionary is ready and emits
// loaded() when it is. Only that one worker thread ever creates spellers, one at a time (Sonnet's
// loader is not thread-safe); after the hand-over they are used on the GUI thread only.
class SpellingDictionaries final : public QObject
{
    Q_OBJECT
public:
    // Created on first use on the GUI thread; owned by the application object.
    static SpellingDictionaries *instance();
    ~SpellingDictionaries() override;

    // Dictionary codes ("en_US", "ko", ...) and display names Sonnet's plugins offer.
    QStringList availableLanguages() const { return m_languages; }
    QString languageName(const QString &code) const;

    // The speller for `code` when its dictionary is loaded; otherwise starts loading it (once)
    // and returns nullptr.
    Sonnet::Speller *speller(const QString &code);

Q_SIGNALS:
    void loaded(const QString &code);

private:
    explicit SpellingDictionaries(QObject *parent);

    QStringList m_languages;
    QMap<QString, QString> m_names; // code -> display name
    std::map<QString, std::shared_ptr<Sonnet::Speller>> m_spellers;
    QSet<QString> m_loading;
    QThreadPool m_pool;
};

} // namespace lathe

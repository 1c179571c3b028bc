#pragma once

#include <optional>

namespace lathe {

// How one execution of a run (RunEngine::start or resume) behaves. Value type; nothing here is
// stored except through the run's own config.
struct RunOptions
{
    // Calls on the wire at once: each provider's max_concurrent limit is set to this for the
    // execution (in the HTTP client, so it applies to the client's other users too). 0 = the
    // providers' own limits.
    int concurrency = 0;
    // resume(): also re-run the cases whose result is an error (their result is replaced).
    bool retryFailed = false;
    // Response cache: unset = the run's stored setting (RunSpec::useCache). false neither reads
    // nor writes the cache.
    std::optional<bool> useCache;
    // Stream replies (measures time to first token); the stored output is the same.
    bool stream = false;
    // Interval of RunEngine::progress while running.
    int progressIntervalMs = 100;
};

} // namespace lathe

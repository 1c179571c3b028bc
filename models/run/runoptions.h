#pragma once

#include <optional>

namespace lathe {

// How one execution of a run (RunEngine::start or resume) behaves. Value type; nothing here is
// stored except through the run's own config.
struct RunOptions
{
    // Calls in flight at once across the run. 0 = the sum of the providers' max_concurrent
    // limits. A value above a provider's limit raises that limit for this execution.
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

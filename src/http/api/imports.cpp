#include <atomic>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "domain/outcome_import/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"
#include "http/import_slots.hpp"

namespace accord::http {

namespace {

// The imports running in this process, each on its own thread. The router owns it (through the
// routes' handlers); when the router goes, at shutdown, running imports are told to stop, roll
// back and record that they failed, and their threads are joined.
class ImportRunner {
 public:
  explicit ImportRunner(Services services) : services_(services), slots_(services.config.maxRunningImports) {}

  Result<ImportSlots::Slot> reserve(long long districtId) {
    return slots_.reserve(districtId, std::chrono::seconds(2));
  }
  ~ImportRunner() {
    std::list<Running> running;
    {
      std::lock_guard lock(mutex_);
      for (auto& [id, progress] : live_) progress->stop = true;
      running.swap(running_);
    }
    for (auto& r : running) r.thread.join();
  }

  // Runs the job on a thread of its own, which gives `slot` back when the import ends.
  void start(const domain::ImportJob& job, FileSource file, ImportSlots::Slot slot) {
    auto progress = std::make_shared<domain::ImportProgress>();
    progress->bytesTotal = job.bytesTotal;
    auto done = std::make_shared<std::atomic<bool>>(false);
    std::lock_guard lock(mutex_);
    reapFinished();
    live_[job.id] = progress;
    running_.push_back(Running{
        std::thread([this, job, progress, done, file = std::move(file), slot = std::move(slot)]() mutable {
          auto in = file.open();
          auto finished = domain::runImport(services_.store, job.districtId, job.id, *in, *progress, {}, nowSeconds);
          if (!finished.ok())
            services_.log.error("import could not be recorded",
                                {{"import_id", job.id}, {"error", finished.error().message},
                                 {"detail", finished.error().detail}});
          slot.reset();
          std::lock_guard lock(mutex_);
          live_.erase(job.id);
          *done = true;
        }),
        done});
  }

  // The progress of a job running here, or null.
  std::shared_ptr<domain::ImportProgress> progress(long long jobId) {
    std::lock_guard lock(mutex_);
    auto it = live_.find(jobId);
    return it == live_.end() ? nullptr : it->second;
  }

 private:
  struct Running {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> done;
  };

  // Joins the threads of imports that have ended; called with the mutex held.
  void reapFinished() {
    for (auto it = running_.begin(); it != running_.end();) {
      if (*it->done) {
        it->thread.join();
        it = running_.erase(it);
      } else {
        ++it;
      }
    }
  }

  Services services_;
  ImportSlots slots_;
  std::mutex mutex_;
  std::map<long long, std::shared_ptr<domain::ImportProgress>> live_;
  std::list<Running> running_;
};

json jobJson(const domain::ImportJob& j) {
  double progress = j.status != "running" ? 1.0
                    : j.bytesTotal > 0    ? std::min(1.0, static_cast<double>(j.bytesRead) / j.bytesTotal)
                                          : 0.0;
  return {{"id", j.id},
          {"format", j.format},
          {"file_name", j.fileName},
          {"status", j.status},
          {"progress", progress},
          {"bytes_total", j.bytesTotal},
          {"bytes_read", j.bytesRead},
          {"rows_read", j.rowsRead},
          {"rows_imported", j.rowsImported},
          {"rows_skipped", j.rowsSkipped},
          {"rows_failed", j.rowsFailed},
          {"message", j.message},
          {"created_by", orNull(j.createdBy)},
          {"started_at", j.startedAt},
          {"finished_at", orNull(j.finishedAt)}};
}

json errorJson(const domain::ImportError& e) {
  return {{"line", e.line}, {"column", e.column}, {"reason", e.reason}};
}

Result<Response> startImport(Services s, ImportRunner& runner, Uploads& uploads, Request& req) {
  domain::ImportRequest input;
  ACCORD_TRY(input.districtId, pathId(req, "district", "district"));
  if (auto it = req.query.find("format"); it != req.query.end()) input.format = it->second;
  if (input.format.empty()) return invalid("format", "is required: caaspp, csv or demographics");
  if (auto it = req.query.find("file_name"); it != req.query.end()) input.fileName = it->second;
  ACCORD_TRY(FileSource file, sentFile(uploads, req, outcomeUpload(input.districtId)));
  input.bytesTotal = file.size();
  // Who may import is asked before a slot: "busy" would otherwise tell an outsider that a district is importing.
  ACCORD_CHECK(domain::checkImporter(s.store, *req.caller, input.districtId));
  ACCORD_TRY(auto slot, runner.reserve(input.districtId));
  ACCORD_TRY(auto job, domain::startImport(s.store, &*req.caller, input, nowSeconds()));
  runner.start(job, std::move(file), std::move(slot));
  std::string location =
      "/api/v1/districts/" + std::to_string(input.districtId) + "/imports/" + std::to_string(job.id);
  return jsonResponse(202, jobJson(job)).with("Location", location);
}

Result<Response> getImport(Services s, ImportRunner& runner, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "import", "import"));
  auto live = runner.progress(id);
  ACCORD_TRY(auto job, domain::getImportJob(s.store, *req.caller, district, id, live.get()));
  return jsonResponse(200, jobJson(job));
}

Result<Response> listImports(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto jobs, domain::listImportJobs(s.store, *req.caller, district, page.cursor, page.limit));
  return jsonResponse(200, pageJson(jobs, jobJson));
}

Result<Response> listErrors(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "import", "import"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto errors, domain::listImportErrors(s.store, *req.caller, district, id, page.cursor, page.limit));
  return jsonResponse(200, pageJson(errors, errorJson));
}

}  // namespace

void addImportRoutes(Router& router, Services s, std::shared_ptr<Uploads> uploads) {
  auto runner = std::make_shared<ImportRunner>(s);
  const std::string imports = "/api/v1/districts/{district}/imports";
  router.addUpload("POST", imports, [s, runner, uploads](Request& r) { return startImport(s, *runner, *uploads, r); });
  router.add("GET", imports, Access::kSession, [s](Request& r) { return listImports(s, r); });
  router.add("GET", imports + "/{import}", Access::kSession,
             [s, runner](Request& r) { return getImport(s, *runner, r); });
  router.add("GET", imports + "/{import}/errors", Access::kSession, [s](Request& r) { return listErrors(s, r); });
}

}  // namespace accord::http

-- wrk script of bench/soak.sh: signed-in people reading and changing a partnership at once.
--
-- Each wrk thread uses one of the sessions bench/soak.sh signed in, in turn, and sends a fixed round of
-- ten requests: eight reads (who am I, the district home, the issue list, one issue, a meeting, a
-- practice search) and two writes, which take turns among adding an interest, adding an action item,
-- writing a caucus note and rewriting a meeting's minutes. Every write is real and must succeed.
--
-- Set by bench/soak.sh, in the environment:
--   SOAK_SESSIONS  "COOKIE,CSRF,SIDE ..." one per signed-in person (SIDE: labor or management)
--   SOAK_DISTRICT, SOAK_BODY, SOAK_MEETING  ids of the district, a joint body and one of its meetings
--   SOAK_READ_ISSUE   an issue that is only read (so its size stays the same through the run)
--   SOAK_WRITE_ISSUE  the issue that receives the interests and caucus notes
--   SOAK_PROGRESS     a directory: each thread keeps "REQUESTS NON2XX" in progress.ID there, once a
--                     second, for the samples; and its first few failures in failures.ID

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local function env(name)
  local value = os.getenv(name)
  if value == nil or value == "" then error("bench/soak.lua: " .. name .. " is not set") end
  return value
end

function init(args)
  local sessions = {}
  for entry in env("SOAK_SESSIONS"):gmatch("%S+") do
    local cookie, csrf, side = entry:match("^([^,]+),([^,]+),([^,]+)$")
    table.insert(sessions, { cookie = cookie, csrf = csrf, side = side })
  end
  local session = sessions[(id - 1) % #sessions + 1]
  side = session.side

  local d = "/api/v1/districts/" .. env("SOAK_DISTRICT")
  local body = env("SOAK_BODY")
  local meeting = d .. "/bodies/" .. body .. "/meetings/" .. env("SOAK_MEETING")
  local write_issue = env("SOAK_WRITE_ISSUE")
  read_headers = { ["Cookie"] = session.cookie }
  write_headers = {
    ["Cookie"] = session.cookie,
    ["X-CSRF-Token"] = session.csrf,
    ["Content-Type"] = "application/json",
  }

  reads = {
    "/api/v1/me",
    d .. "/dashboard",
    d .. "/issues?limit=50",
    d .. "/issues/" .. env("SOAK_READ_ISSUE"),
    meeting,
    "/api/v1/practices?q=reading",
    d .. "/dashboard",
    "/api/v1/practices?q=attendance+mentoring",
  }
  -- Each write is a function of a sequence number, so every text written is different.
  -- The action items fall due a year ahead: overdue ones would fill the district home.
  local due = os.date("!%Y-%m-%d", os.time() + 365 * 86400)
  writes = {
    function(n)
      return "POST", d .. "/issues/" .. write_issue .. "/interests",
        string.format('{"text":"soak interest %d-%d","side":"%s"}', id, n, side)
    end,
    function(n)
      return "POST", d .. "/action-items",
        string.format('{"title":"soak action %d-%d","due_date":"%s","body_id":%s}', id, n, due, body)
    end,
    function(n)
      return "POST", d .. "/caucus-notes",
        string.format('{"subject_type":"issue","subject_id":%s,"text":"soak note %d-%d"}', write_issue, id, n)
    end,
    function(n)
      return "PUT", meeting .. "/minutes", string.format('{"minutes":"Minutes as of soak request %d-%d."}', id, n)
    end,
  }

  progress_dir = env("SOAK_PROGRESS")
  sent, writes_sent, requests, non2xx, failures_kept, last_report = 0, 0, 0, 0, 0, 0
end

-- Rounds of ten: reads in slots 1-8, writes in slots 9 and 10.
function request()
  sent = sent + 1
  local slot = (sent - 1) % 10 + 1
  if slot <= #reads then
    return wrk.format("GET", reads[slot], read_headers)
  end
  writes_sent = writes_sent + 1
  local method, path, json = writes[(writes_sent - 1) % #writes + 1](writes_sent)
  return wrk.format(method, path, write_headers, json)
end

-- Written to a temporary file and renamed, so the sampler never reads a half-written line.
local function report()
  local name = progress_dir .. "/progress." .. id
  local file = io.open(name .. ".new", "w")
  file:write(requests, " ", non2xx, "\n")
  file:close()
  os.rename(name .. ".new", name)
end

-- A redirect counts as a failure too: nothing in this mix should answer one.
function response(status, headers, body)
  requests = requests + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if failures_kept < 5 then
      failures_kept = failures_kept + 1
      local file = io.open(progress_dir .. "/failures." .. id, "a")
      file:write("HTTP ", status, ": ", string.sub(body or "", 1, 300), "\n")
      file:close()
    end
  end
  local now = os.time()
  if now ~= last_report then
    last_report = now
    report()
  end
end

-- One line for bench/soak.sh: "soak-result REQUESTS NON2XX SOCKET_ERRORS".
function done(summary, latency, wrk_requests)
  local total, failed = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("requests")
    failed = failed + thread:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format("soak-result %d %d %d\n", total, failed, e.connect + e.read + e.write + e.timeout))
end

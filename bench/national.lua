-- wrk script of bench/national.sh: one kind of signed-in write, sent again and again.
--
-- Set by bench/national.sh, in the environment:
--   NATIONAL_METHOD  POST, PUT or PATCH
--   NATIONAL_PATH    the path written to
--   NATIONAL_BODY    the JSON body; every "{n}" in it becomes a number of its own (thread-request), so that
--                    each text written differs
--   NATIONAL_COOKIE  the session cookie ("accord_session=...")
--   NATIONAL_CSRF    the session's CSRF token
--
-- wrk counts the answers that are not 2xx or 3xx ("Non-2xx or 3xx responses"); bench/national.sh counts
-- those as failures. None of these writes answers a redirect.

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local function env(name)
  local value = os.getenv(name)
  if value == nil or value == "" then error("bench/national.lua: " .. name .. " is not set") end
  return value
end

function init(args)
  method = env("NATIONAL_METHOD")
  path = env("NATIONAL_PATH")
  template = env("NATIONAL_BODY")
  headers = {
    ["Cookie"] = env("NATIONAL_COOKIE"),
    ["X-CSRF-Token"] = env("NATIONAL_CSRF"),
    ["Content-Type"] = "application/json",
  }
  sent = 0
end

function request()
  sent = sent + 1
  local body = string.gsub(template, "{n}", id .. "-" .. sent)
  return wrk.format(method, path, headers, body)
end

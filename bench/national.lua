-- wrk script of bench/national.sh: one kind of signed-in write, sent again and again, or a GET whose
-- path differs from one request to the next.
--
-- Set by bench/national.sh, in the environment:
--   NATIONAL_METHOD  POST, PUT or PATCH; or GET
--   NATIONAL_PATH    the path written to; every "{word}" in it becomes a word of the data set's vocabulary
--                    (bench/vocabulary.hpp), drawn anew for each request
--   NATIONAL_BODY    the JSON body (not for GET); every "{n}" in it becomes a number of its own
--                    (thread-request), so that each text written differs
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
  if method ~= "GET" then template = env("NATIONAL_BODY") end
  headers = {
    ["Cookie"] = env("NATIONAL_COOKIE"),
    ["X-CSRF-Token"] = env("NATIONAL_CSRF"),
    ["Content-Type"] = "application/json",
  }
  sent = 0
  -- The vocabulary as bench/vocabulary.hpp makes it: the first 5,000 words of three syllables.
  local syllables = { "ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "de", "pa",
                      "go", "li", "ma", "te", "zu", "ba", "ri", "no", "fe", "ho" }
  words = {}
  for _, a in ipairs(syllables) do
    for _, b in ipairs(syllables) do
      for _, c in ipairs(syllables) do
        if #words < 5000 then words[#words + 1] = a .. b .. c end
      end
    end
  end
  math.randomseed(os.time() + id)
end

function request()
  sent = sent + 1
  local target = string.gsub(path, "{word}", function() return words[math.random(#words)] end)
  if method == "GET" then return wrk.format("GET", target, headers) end
  local body = string.gsub(template, "{n}", id .. "-" .. sent)
  return wrk.format(method, target, headers, body)
end

-- Wrong passwords for ever new user names from ever new client addresses (behind a proxy the
-- server trusts), so that neither the account nor the address throttle stops them: every
-- attempt costs the server a password hash. Counts the answers by status.
local chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

local function base64(data)
  return ((data:gsub('.', function(x)
    local r, b = '', x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#data % 3 + 1])
end

local threads = {}
counter, n401, n429, n503, nother = 0, 0, 0, 0, 0

function setup(thread)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local user = 'flood' .. counter .. 'x' .. math.random(1, 1000000000)
  local address = '10.' .. math.random(0, 255) .. '.' .. math.random(0, 255) .. '.' .. math.random(1, 254)
  return wrk.format('GET', '/api/patients', {
    ['Authorization'] = 'Basic ' .. base64(user .. ':not-the-password'),
    ['X-Forwarded-For'] = address })
end

function response(status)
  if status == 401 then n401 = n401 + 1
  elseif status == 429 then n429 = n429 + 1
  elseif status == 503 then n503 = n503 + 1
  else nother = nother + 1 end
end

function done()
  local a, b, c, d = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get('n401'); b = b + t:get('n429'); c = c + t:get('n503'); d = d + t:get('nother')
  end
  io.write(string.format('flood answers: %d x 401, %d x 429, %d x 503, %d other\n', a, b, c, d))
end

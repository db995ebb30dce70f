-- Neovim's built-in LSP client (0.7 and later) attached to `msklint server`,
-- headless: opens a pathway, waits for diagnostics, asks for the quick fixes
-- at the first misspelt key and a hover, and writes what it saw as JSON to
-- $RESULT. tests/check_neovim.py runs it; docs/editors.md shows the set-up.
local msklint, pathway, result_file = os.getenv('MSKLINT'), os.getenv('PATHWAY'), os.getenv('RESULT')
local result = { diagnostics = {}, actions = {}, hover = '' }

local function finish()
  local out = io.open(result_file, 'w')
  out:write(vim.fn.json_encode(result))
  out:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(pathway))
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = 'msklint',
  cmd = { msklint, 'server' },
  root_dir = vim.fn.getcwd(),
})
vim.lsp.buf_attach_client(buffer, client)
if not vim.wait(60000, function() return #vim.diagnostic.get(buffer) > 0 end, 50) then
  result.error = 'no diagnostics arrived'
  finish()
end
for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
  table.insert(result.diagnostics, {
    line = diagnostic.lnum, column = diagnostic.col, code = diagnostic.code,
    source = diagnostic.source, severity = diagnostic.severity, message = diagnostic.message,
  })
end

-- The cursor on the misspelt key, as a person would put it there.
local line = vim.fn.search('capacty:')
vim.api.nvim_win_set_cursor(0, { line, vim.fn.col('.') - 1 })
local params = vim.lsp.util.make_range_params()
params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buffer) }
local answers = vim.lsp.buf_request_sync(buffer, 'textDocument/codeAction', params, 30000) or {}
for _, answer in pairs(answers) do
  for _, action in ipairs(answer.result or {}) do
    table.insert(result.actions, action.title)
    if action.title:find('^Change') then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    end
  end
end
result.fixed_line = vim.api.nvim_buf_get_lines(buffer, line - 1, line, false)[1]

local hover_params = vim.lsp.util.make_position_params()
local hovers = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', hover_params, 30000) or {}
for _, answer in pairs(hovers) do
  if answer.result then result.hover = answer.result.contents.value end
end
finish()

-- msklint's findings, hovers and quick fixes in Neovim 0.7 or later (Debian 12
-- has 0.7.2). Put this in ~/.config/nvim/init.lua, or source it from there.
-- One msklint server serves every YAML buffer; it lints only pathway and
-- system files and .msklint.yaml, and says nothing about other YAML.
local msklint_client = nil
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    if msklint_client == nil or vim.lsp.get_client_by_id(msklint_client) == nil then
      msklint_client = vim.lsp.start_client({
        name = 'msklint',
        cmd = { 'msklint', 'server' },
        root_dir = vim.fn.getcwd(),
      })
    end
    vim.lsp.buf_attach_client(args.buf, msklint_client)
    -- K shows what is under the cursor; <space>a offers the quick fixes there.
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, { buffer = args.buf })
    vim.keymap.set('n', '<space>a', vim.lsp.buf.code_action, { buffer = args.buf })
  end,
})

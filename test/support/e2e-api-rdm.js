// Jest setup of the 'rdm' project (jest.config.js): inputsFor() sends api: rdm.
process.env.E2E_API = 'rdm'

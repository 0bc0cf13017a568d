export class HttpClient {
  constructor() {
    throw new Error('zenodo-upload does not use @actions/http-client (OIDC tokens are not supported)')
  }
}

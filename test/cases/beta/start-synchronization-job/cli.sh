mgc-beta service-principals synchronization jobs start post --service-principal-id 7c1e9a52-3d60-4b8f-a2e4-d5f0c81b96a3 --synchronization-job-id fabrikamHR.0e4b3c2a1f9d8e7c

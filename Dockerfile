# The dashboard (iomsim serve) in a container. Built by docker-compose.yml; alone:
#   docker build -t iomsim . && docker run --rm -p 127.0.0.1:5080:5080 iomsim
# Build stage: the SDK restores and publishes the command-line program, which carries the dashboard, the default
# seeds and the shipped scenarios (copied next to the executable by src/IomSim.Cli/IomSim.Cli.csproj).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/IomSim.Cli/IomSim.Cli.csproj --configuration Release --output /app

# Run stage: the ASP.NET Core runtime only.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Inside a container the dashboard must listen on every interface for the published port to reach it; the compose
# file publishes that port on the host's loopback only.
EXPOSE 5080
# A silo (iomsim silo) listens for other silos on 11111 and for clients on 30000.
EXPOSE 11111 30000
ENTRYPOINT ["dotnet", "iomsim.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:5080"]

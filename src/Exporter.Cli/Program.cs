Console.WriteLine("exporter");
